package org.tessera.crm.view.items;

import java.io.Serializable;
import java.util.List;
import org.tessera.crm.activity.entity.ActivityCounter;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.security.entity.User;

/**
 * A card on the board.
 *
 * @param avatar the name of the employee whose face the card shows, or null
 * @param lines the fields the user chose to see on cards, those with a value
 * @param activities how many activities wait on the item, and how urgent they are
 */
public record BoardCard(
    long id,
    String title,
    String avatar,
    long version,
    List<Line> lines,
    ActivityCounter activities)
    implements Serializable {

  /** One field on a card, in words. */
  public record Line(String code, String label, String text) implements Serializable {}

  static BoardCard of(Item item, User avatar, List<Line> lines, ActivityCounter activities) {
    return new BoardCard(
        item.getId(),
        item.getTitle(),
        avatar == null ? null : avatar.getFullName(),
        item.getVersion(),
        lines,
        activities);
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
