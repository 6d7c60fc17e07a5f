package org.tessera.crm.view.items;

import java.io.Serializable;
import java.math.BigDecimal;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.security.entity.User;

/**
 * A card on the board.
 *
 * @param avatar the name of the employee whose face the card shows, or null
 */
public record BoardCard(
    long id, String title, BigDecimal amount, String currency, String avatar, long version)
    implements Serializable {

  static BoardCard of(Item item, User avatar) {
    return new BoardCard(
        item.getId(),
        item.getTitle(),
        item.getAmount(),
        item.getCurrency(),
        avatar == null ? null : avatar.getFullName(),
        item.getVersion());
  }

  /** The avatar's initials, e.g. "SD" for Sophie Durand. */
  public String getInitials() {
    if (avatar == null) {
      return "";
    }
    StringBuilder initials = new StringBuilder();
    for (String part : avatar.trim().split("\\s+")) {
      if (!part.isEmpty() && initials.length() < 2) {
        initials.appendCodePoint(part.codePointAt(0));
      }
    }
    return initials.toString().toUpperCase();
  }
}
