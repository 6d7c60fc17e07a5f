package org.tessera.crm.api.kanban;

import java.math.BigDecimal;
import java.util.Map;
import org.tessera.crm.activity.entity.ActivityCounter;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.kanban.boundary.CardDetails;
import org.tessera.crm.security.entity.User;

/**
 * A card on the board: the item's title, amount, responsible, the fields the reader may see, and
 * its activity counter.
 */
public record CardView(
    long id,
    String title,
    BigDecimal amount,
    String currency,
    Long responsibleId,
    String responsibleName,
    Long avatarId,
    String avatarName,
    Map<String, Object> fields,
    ActivityCounter activities,
    long version) {

  static CardView of(Item item, CardDetails details) {
    User avatar = details.avatarOf(item.getId());
    return new CardView(
        item.getId(),
        item.getTitle(),
        item.getAmount(),
        item.getCurrency(),
        item.getResponsible() == null ? null : item.getResponsible().getId(),
        item.getResponsible() == null ? null : item.getResponsible().getFullName(),
        avatar == null ? null : avatar.getId(),
        avatar == null ? null : avatar.getFullName(),
        details.fieldsOf(item.getId()),
        details.counterOf(item.getId()),
        item.getVersion());
  }
}
