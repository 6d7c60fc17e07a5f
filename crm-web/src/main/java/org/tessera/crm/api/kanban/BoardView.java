package org.tessera.crm.api.kanban;

import java.math.BigDecimal;
import java.util.List;
import org.tessera.crm.stage.entity.StageSemantics;

/**
 * A pipeline's board: its columns in stage order, each with its count, the sum of its amounts in
 * the pipeline's currency, and its first cards.
 *
 * @param cardFields the codes of the fields the signed-in user chose to see on cards, in order
 */
public record BoardView(
    long pipelineId,
    String name,
    String currency,
    List<String> cardFields,
    List<ColumnView> columns) {

  /**
   * @param more whether the column holds more cards than it shows
   */
  public record ColumnView(
      long stageId,
      String name,
      String color,
      StageSemantics semantics,
      long count,
      BigDecimal sum,
      List<CardView> cards,
      boolean more) {}
}
