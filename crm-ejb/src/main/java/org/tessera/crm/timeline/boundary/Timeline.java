package org.tessera.crm.timeline.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.tessera.crm.field.boundary.Fields;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.item.boundary.ItemEvent;
import org.tessera.crm.item.boundary.ReadableItems;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.security.entity.Viewer;
import org.tessera.crm.shared.entity.Forbidden;
import org.tessera.crm.shared.entity.PageOf;
import org.tessera.crm.shared.entity.PageRequest;
import org.tessera.crm.shared.entity.StaleVersion;
import org.tessera.crm.shared.entity.UnknownEntity;
import org.tessera.crm.stage.entity.Stage;
import org.tessera.crm.timeline.entity.EntryKind;
import org.tessera.crm.timeline.entity.TimelineEntry;

/**
 * The timeline of items: read newest first, commented on by users, and written by the other
 * services in their own transaction, so that an entry exists exactly when its change does.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class Timeline {

  @PersistenceContext EntityManager em;

  @EJB Users users;
  @EJB ReadableItems items;
  @Inject Event<ItemEvent> itemEvents;
  @EJB Fields fields;

  /**
   * A page of the item's timeline, newest first, without the changes of fields the signed-in user
   * may not see.
   */
  public PageOf<TimelineEntry> of(long itemId, PageRequest page) {
    Item item = items.find(itemId);
    List<Long> hidden = fields.hiddenIdsOfType(item.getItemType());
    return PageOf.read(
        em.createNamedQuery(TimelineEntry.OF_ITEM, TimelineEntry.class)
            .setParameter("item", itemId)
            .setParameter("hiddenFields", hidden),
        em.createNamedQuery(TimelineEntry.COUNT_OF_ITEM, Long.class)
            .setParameter("item", itemId)
            .setParameter("hiddenFields", hidden),
        page);
  }

  /**
   * Called by the item service after a change, in its transaction, with the values of the item's
   * fields before and after it: one entry per audited field whose value changed.
   */
  public void fieldsChanged(Item item, Map<Field, String> before, Map<Field, String> after) {
    after.forEach(
        (field, now) -> {
          String then = before.getOrDefault(field, "");
          if (field.isAudited() && !then.equals(now)) {
            em.persist(
                TimelineEntry.fieldChange(
                    item.getId(),
                    item.getUpdatedBy(),
                    field.getId(),
                    field.getLabelEn(),
                    then,
                    now,
                    now()));
          }
        });
  }

  public TimelineEntry comment(long itemId, String text) {
    Item item = items.find(itemId);
    TimelineEntry entry = TimelineEntry.comment(itemId, users.current(), text, now());
    em.persist(entry);
    em.flush();
    itemEvents.fire(
        new ItemEvent(
            ItemEvent.Kind.COMMENT_ADDED,
            item,
            Map.of(
                "commentId",
                entry.getId(),
                "author",
                entry.getAuthor().getFullName(),
                "text",
                text)));
    return entry;
  }

  /** Changes a comment; its author and admins may. */
  public TimelineEntry editComment(long entryId, long expectedVersion, String text) {
    TimelineEntry entry = ownComment(entryId, expectedVersion);
    entry.edit(text, now());
    em.flush();
    return entry;
  }

  public void deleteComment(long entryId, long expectedVersion) {
    em.remove(ownComment(entryId, expectedVersion));
  }

  /** Called by the item service when an item changes stage, in its transaction. */
  public void stageChanged(Item item, Stage from, User by) {
    em.persist(
        TimelineEntry.stageChange(
            item.getId(), by, from.getName(), item.getStage().getName(), now()));
  }

  /**
   * Called when a stage is deleted and its items move to another, in that transaction and before
   * they move: every one of them tells its stage change.
   */
  public void allMoved(Stage from, Stage to, User by) {
    OffsetDateTime at = now();
    em.createNamedQuery(Item.IDS_IN_STAGE, Long.class)
        .setParameter("stage", from)
        .getResultStream()
        .forEach(
            itemId ->
                em.persist(
                    TimelineEntry.stageChange(itemId, by, from.getName(), to.getName(), at)));
  }

  /** Called by the activity service when an activity is planned on the item. */
  public void activityPlanned(Item item, String subject, User by) {
    em.persist(TimelineEntry.told(item.getId(), EntryKind.ACTIVITY_PLANNED, by, subject, now()));
  }

  /** Called by the activity service when an activity of the item is done. */
  public void activityDone(Item item, String subject, User by) {
    em.persist(TimelineEntry.told(item.getId(), EntryKind.ACTIVITY_DONE, by, subject, now()));
  }

  /**
   * Called by the communication service when a call, e-mail or message is logged on the item; one
   * that came in by itself, like a mail read from the mailbox, has no author.
   */
  public void communicated(Item item, String summary, User by) {
    em.persist(TimelineEntry.told(item.getId(), EntryKind.COMMUNICATION, by, summary, now()));
  }

  /** Called by the document service when a document is made for the item. */
  public void documentCreated(Item item, String number, long fileId, User by) {
    TimelineEntry entry =
        TimelineEntry.told(item.getId(), EntryKind.DOCUMENT_CREATED, by, number, now());
    entry.linkFile(fileId);
    em.persist(entry);
  }

  /**
   * Called when an item is created from another, in that transaction: each tells the other, e.g.
   * "created from Leads: Website inquiry" and "Deals: Website inquiry created".
   */
  public void createdFrom(Item created, Item source, User by) {
    OffsetDateTime at = now();
    em.persist(
        TimelineEntry.about(
            created.getId(), EntryKind.CREATED_FROM, by, source.getId(), label(source), at));
    em.persist(
        TimelineEntry.about(
            source.getId(), EntryKind.CREATED_FROM_THIS, by, created.getId(), label(created), at));
  }

  private static String label(Item item) {
    return item.getItemType().getName() + ": " + item.getTitle();
  }

  /** Called by the item service when an item is created, in its transaction. */
  public void created(Item item, User by) {
    em.persist(TimelineEntry.created(item.getId(), by, now()));
  }

  private TimelineEntry ownComment(long entryId, long expectedVersion) {
    TimelineEntry entry = em.find(TimelineEntry.class, entryId);
    if (entry == null) {
      throw new UnknownEntity("Timeline entry", entryId);
    }
    entry.requireComment();
    Viewer viewer = users.viewer();
    if (!viewer.admin() && !entry.isWrittenBy(viewer.userId())) {
      throw new Forbidden(
          "timeline.not-your-comment", "Only its author or an admin can change a comment");
    }
    if (entry.getVersion() != expectedVersion) {
      throw new StaleVersion("Timeline entry", entryId, expectedVersion, entry.getVersion());
    }
    return entry;
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
