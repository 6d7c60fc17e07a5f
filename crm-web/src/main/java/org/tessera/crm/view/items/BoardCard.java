package org.tessera.crm.view.items;

import java.io.Serializable;
import java.math.BigDecimal;
import org.tessera.crm.item.entity.Item;

/** A card on the board. */
public record BoardCard(
    long id, String title, BigDecimal amount, String currency, String responsible, long version)
    implements Serializable {

  static BoardCard of(Item item) {
    return new BoardCard(
        item.getId(),
        item.getTitle(),
        item.getAmount(),
        item.getCurrency(),
        item.getResponsible() == null ? null : item.getResponsible().getFullName(),
        item.getVersion());
  }
}
