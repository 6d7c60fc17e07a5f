package org.tessera.crm.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.tessera.crm.audit.entity.AuditEntry;
import org.tessera.crm.audit.entity.ItemChange;
import org.tessera.crm.field.boundary.Fields;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.item.boundary.ReadableItems;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.shared.entity.PageOf;
import org.tessera.crm.shared.entity.PageRequest;
import org.tessera.crm.stage.entity.Stage;

/**
 * Who changed what and when: written by the item services in their transaction, so a change and its
 * history come and go together; read on the item's History tab; the audit log of settings changes
 * and deletions is for admins.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class History {

  /** The label of a stage move in the history; the stage belongs to the item itself. */
  public static final String STAGE = "Stage";

  @PersistenceContext EntityManager em;
  @EJB Fields fields;
  @EJB ReadableItems items;

  /** One entry per field whose value in words differs before and after the item's change. */
  public void fieldsChanged(Item item, Map<Field, String> before, Map<Field, String> after) {
    OffsetDateTime now = now();
    after.forEach(
        (field, value) -> {
          String old = before.getOrDefault(field, "");
          if (!old.equals(value)) {
            em.persist(
                new ItemChange(
                    item.getId(),
                    now,
                    item.getUpdatedBy(),
                    field.getId(),
                    field.getLabelEn(),
                    old,
                    value));
          }
        });
  }

  public void stageChanged(Item item, Stage from) {
    em.persist(
        new ItemChange(
            item.getId(),
            now(),
            item.getUpdatedBy(),
            null,
            STAGE,
            from.getName(),
            item.getStage().getName()));
  }

  /**
   * A page of the item's changes, newest first, without those of fields the reader may not see.
   *
   * @throws org.tessera.crm.shared.entity.Forbidden for an item the reader may not read
   */
  public PageOf<ItemChange> ofItem(long itemId, PageRequest page) {
    Item item = items.find(itemId);
    List<Long> hidden = fields.hiddenIdsOfType(item.getItemType());
    return PageOf.read(
        em.createNamedQuery(ItemChange.OF_ITEM, ItemChange.class)
            .setParameter("item", itemId)
            .setParameter("hiddenFields", hidden),
        em.createNamedQuery(ItemChange.COUNT_OF_ITEM, Long.class)
            .setParameter("item", itemId)
            .setParameter("hiddenFields", hidden),
        page);
  }

  /** The audit log: changes of the settings and deletions, newest first. */
  @RolesAllowed(Roles.ADMIN)
  public PageOf<AuditEntry> auditLog(PageRequest page) {
    return PageOf.read(
        em.createNamedQuery(AuditEntry.NEWEST, AuditEntry.class),
        em.createNamedQuery(AuditEntry.COUNT, Long.class),
        page);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
