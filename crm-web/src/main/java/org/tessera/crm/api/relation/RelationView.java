package org.tessera.crm.api.relation;

import java.math.BigDecimal;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.relation.entity.ItemRelation;
import org.tessera.crm.relation.entity.RelationRole;

/**
 * A linked item as seen from another: {@code role} says what it is to that item, e.g. {@code
 * CREATED_FROM_THIS} for a deal created from the lead one looks at, {@code SOURCE} for the lead
 * when one looks at the deal.
 */
public record RelationView(
    long itemId,
    String type,
    String typeName,
    String title,
    Long stageId,
    String stageName,
    String stageColor,
    BigDecimal amount,
    String currency,
    String kind,
    RelationRole role,
    boolean unlinkable) {

  public static RelationView of(ItemRelation relation, long seenFrom) {
    Item other = relation.other(seenFrom);
    return new RelationView(
        other.getId(),
        other.getItemType().getCode(),
        other.getItemType().getName(),
        other.getTitle(),
        other.getStage() == null ? null : other.getStage().getId(),
        other.getStage() == null ? null : other.getStage().getName(),
        other.getStage() == null ? null : other.getStage().getColor(),
        other.getAmount(),
        other.getCurrency(),
        relation.getKind().name(),
        relation.roleSeenFrom(seenFrom),
        relation.isUnlinkable());
  }
}
