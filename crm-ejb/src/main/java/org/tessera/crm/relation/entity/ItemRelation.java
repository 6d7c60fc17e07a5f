package org.tessera.crm.relation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

/** A link between two items, stored once and read from both ends. */
@Entity
@Table(name = "item_relation")
@NamedQuery(
    name = ItemRelation.OF_ITEM,
    query =
        "select r from ItemRelation r join fetch r.source join fetch r.target"
            + " where r.source.id = :item or r.target.id = :item order by r.id")
@NamedQuery(
    name = ItemRelation.BETWEEN,
    query =
        "select r from ItemRelation r where (r.source.id = :one and r.target.id = :other)"
            + " or (r.source.id = :other and r.target.id = :one)")
public class ItemRelation {

  public static final String OF_ITEM = "ItemRelation.ofItem";
  public static final String BETWEEN = "ItemRelation.between";

  @Id
  @SequenceGenerator(
      name = "item_relation_seq",
      sequenceName = "item_relation_seq",
      allocationSize = 50)
  @GeneratedValue(generator = "item_relation_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "source_id")
  private Item source;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "target_id")
  private Item target;

  @Enumerated(EnumType.STRING)
  private RelationKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "created_by_id")
  private User createdBy;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected ItemRelation() {}

  public ItemRelation(
      Item source, Item target, RelationKind kind, User createdBy, OffsetDateTime at) {
    if (source.getId().equals(target.getId())) {
      throw new BusinessRuleViolation("relation.self", "An item cannot be linked to itself");
    }
    this.source = source;
    this.target = target;
    this.kind = kind;
    this.createdBy = createdBy;
    this.createdAt = at;
  }

  /** The item at the other end, seen from the given one. */
  public Item other(long itemId) {
    return source.getId() == itemId ? target : source;
  }

  /** What the other item is to the given one. */
  public RelationRole roleSeenFrom(long itemId) {
    return switch (kind) {
      case CREATED_FROM ->
          source.getId() == itemId ? RelationRole.CREATED_FROM_THIS : RelationRole.SOURCE;
      case REPEAT_OF -> RelationRole.REPEAT;
      case LINKED -> RelationRole.LINKED;
    };
  }

  public boolean isUnlinkable() {
    return kind == RelationKind.LINKED;
  }

  public void requireUnlinkable() {
    if (!isUnlinkable()) {
      throw new BusinessRuleViolation(
          "relation.not-unlinkable",
          kind == RelationKind.CREATED_FROM
              ? "'"
                  + target.getTitle()
                  + "' was created from '"
                  + source.getTitle()
                  + "': that link stays"
              : "A repeat lead stays linked to its client");
    }
  }

  public Long getId() {
    return id;
  }

  public Item getSource() {
    return source;
  }

  public Item getTarget() {
    return target;
  }

  public RelationKind getKind() {
    return kind;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
