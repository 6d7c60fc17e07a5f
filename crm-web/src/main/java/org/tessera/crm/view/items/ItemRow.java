package org.tessera.crm.view.items;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.tessera.crm.item.entity.Item;

/** One line of an item list. */
public record ItemRow(
    long id,
    String title,
    String stageName,
    String stageColor,
    BigDecimal amount,
    String currency,
    String responsible,
    OffsetDateTime updatedAt)
    implements Serializable {

  static ItemRow of(Item item) {
    return new ItemRow(
        item.getId(),
        item.getTitle(),
        item.getStage() == null ? null : item.getStage().getName(),
        item.getStage() == null ? null : item.getStage().getColor(),
        item.getAmount(),
        item.getCurrency(),
        item.getResponsible() == null ? null : item.getResponsible().getFullName(),
        item.getUpdatedAt());
  }
}
