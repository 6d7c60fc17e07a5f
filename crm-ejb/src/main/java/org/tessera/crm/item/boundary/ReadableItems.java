package org.tessera.crm.item.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.security.boundary.AccessRights;
import org.tessera.crm.security.entity.Action;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.Forbidden;
import org.tessera.crm.shared.entity.UnknownEntity;
import org.tessera.crm.stage.entity.Stage;

/**
 * Items as the signed-in user may reach them: the one read check of every service that starts from
 * an item id (the item service, its timeline, its history), kept apart from the item service so
 * that the services it writes through can use it too.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class ReadableItems {

  @PersistenceContext EntityManager em;
  @EJB AccessRights access;

  /**
   * The item with what every caller reads of it (its type, pipeline, stage and responsible), read
   * in one statement.
   *
   * @throws UnknownEntity for no such item
   * @throws Forbidden {@code access.denied} for an item outside the caller's reading scope
   */
  public Item find(long itemId) {
    Item item =
        em.createNamedQuery(Item.WITH_ITS_PARTS, Item.class)
            .setParameter("id", itemId)
            // As em.find: changes pending in the transaction stay pending (a flush here would
            // write an item being changed twice, as two versions).
            .setFlushMode(FlushModeType.COMMIT)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new UnknownEntity("Item", itemId));
    require(item, Action.READ);
    return item;
  }

  /**
   * The item as {@link #find}, with the stage of its pipeline that has this id, read in the same
   * statement (a stage move needs both).
   *
   * @throws UnknownEntity for no such item, or no such stage in the item's pipeline
   * @throws Forbidden {@code access.denied} for an item outside the caller's reading scope
   * @throws BusinessRuleViolation {@code item.no-stages} for an item of a type without stages
   */
  public ItemAtStage findWithStage(long itemId, long stageId) {
    Object[] found =
        em.createNamedQuery(Item.WITH_ITS_PARTS_AND_STAGE, Object[].class)
            .setParameter("id", itemId)
            .setParameter("stage", stageId)
            .setFlushMode(FlushModeType.COMMIT)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (found == null) {
      throw whyNoStage(find(itemId), stageId);
    }
    Item item = (Item) found[0];
    require(item, Action.READ);
    return new ItemAtStage(item, (Stage) found[1]);
  }

  /** An item and a stage of its pipeline. */
  public record ItemAtStage(Item item, Stage stage) {}

  private static RuntimeException whyNoStage(Item item, long stageId) {
    if (item.getPipeline() == null) {
      return new BusinessRuleViolation(
          "item.no-stages", item.getItemType().getName() + " have no stages");
    }
    return new UnknownEntity("Stage", stageId + " of pipeline " + item.getPipeline().getId());
  }

  /**
   * @throws Forbidden {@code access.denied} when the action on the item is outside the caller's
   *     scope
   */
  public void require(Item item, Action action) {
    ItemType type = item.getItemType();
    access.require(type.getCode(), type.getName(), item.getResponsible(), action);
  }
}
