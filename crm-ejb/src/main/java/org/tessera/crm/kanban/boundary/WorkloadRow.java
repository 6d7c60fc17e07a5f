package org.tessera.crm.kanban.boundary;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One responsible user's open items in a pipeline (M23).
 *
 * @param userId null for the items nobody is responsible for
 * @param byStage count and sum per open stage, by stage id
 */
public record WorkloadRow(
    Long userId, String userName, Map<Long, Cell> byStage, long count, BigDecimal sum) {

  /** The number of items and the sum of their amounts. */
  public record Cell(long count, BigDecimal sum) {}
}
