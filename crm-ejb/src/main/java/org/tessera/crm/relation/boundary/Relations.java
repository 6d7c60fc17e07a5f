package org.tessera.crm.relation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tessera.crm.item.boundary.Items;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.relation.entity.Conversion;
import org.tessera.crm.relation.entity.ItemRelation;
import org.tessera.crm.relation.entity.RelationKind;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.Conflict;
import org.tessera.crm.shared.entity.UnknownEntity;

/**
 * The links between items, read from both ends (the Dependencies tab). Users link items whose types
 * may be created from one another, and clients (contacts, companies) to any item.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class Relations {

  private static final Set<String> CLIENT_TYPES = Set.of("contact", "company");

  @PersistenceContext EntityManager em;
  @EJB Items items;
  @EJB Users users;

  /** The item's links, oldest first. */
  public List<ItemRelation> of(long itemId) {
    items.find(itemId);
    return em.createNamedQuery(ItemRelation.OF_ITEM, ItemRelation.class)
        .setParameter("item", itemId)
        .getResultList();
  }

  /** A user links two items; refused for types that have nothing to do with each other. */
  public ItemRelation link(long itemId, long otherId) {
    Item item = items.find(itemId);
    Item other = items.find(otherId);
    if (!linkable(item.getItemType(), other.getItemType())) {
      throw new BusinessRuleViolation(
          "relation.not-allowed",
          item.getItemType().getName()
              + " and "
              + other.getItemType().getName()
              + " are not linked to one another");
    }
    between(item, other)
        .ifPresent(
            existing -> {
              throw new Conflict(
                  "relation.exists",
                  "'" + item.getTitle() + "' and '" + other.getTitle() + "' are already linked");
            });
    return relate(item, other, RelationKind.LINKED);
  }

  /** Removes a link a user made; links of history (created from, repeat lead) stay. */
  public void unlink(long itemId, long otherId) {
    Item item = items.find(itemId);
    Item other = items.find(otherId);
    ItemRelation relation =
        between(item, other)
            .orElseThrow(() -> new UnknownEntity("Link between items " + itemId + " and", otherId));
    relation.requireUnlinkable();
    em.remove(relation);
  }

  /**
   * Links two items in the caller's transaction unless they are linked already, e.g. a deal to the
   * lead it was created from.
   */
  public ItemRelation relate(Item source, Item target, RelationKind kind) {
    return between(source, target)
        .orElseGet(
            () -> {
              ItemRelation relation =
                  new ItemRelation(source, target, kind, users.current(), now());
              em.persist(relation);
              return relation;
            });
  }

  private Optional<ItemRelation> between(Item one, Item other) {
    return em.createNamedQuery(ItemRelation.BETWEEN, ItemRelation.class)
        .setParameter("one", one.getId())
        .setParameter("other", other.getId())
        .getResultStream()
        .findFirst();
  }

  private boolean linkable(ItemType one, ItemType other) {
    return CLIENT_TYPES.contains(one.getCode())
        || CLIENT_TYPES.contains(other.getCode())
        || em.createNamedQuery(Conversion.COUNT_EITHER_WAY, Long.class)
                .setParameter("one", one)
                .setParameter("other", other)
                .getSingleResult()
            > 0;
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
