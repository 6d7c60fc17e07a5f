package org.tessera.crm.timeline.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.tessera.crm.timeline.entity.TimelineEntry;

/**
 * The timeline of items: read newest first, commented on by users, and written by the other
 * services in their own transaction, so that an entry exists exactly when its change does.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class Timeline {

  @PersistenceContext EntityManager em;
  @Inject Users users;

  public PageOf<TimelineEntry> of(long itemId, PageRequest page) {
    requireItem(itemId);
    var entries =
        em.createNamedQuery(TimelineEntry.OF_ITEM, TimelineEntry.class)
            .setParameter("item", itemId)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createNamedQuery(TimelineEntry.COUNT_OF_ITEM, Long.class)
            .setParameter("item", itemId)
            .getSingleResult();
    return new PageOf<>(entries, page.page(), page.size(), total);
  }

  public TimelineEntry comment(long itemId, String text) {
    requireItem(itemId);
    TimelineEntry entry = TimelineEntry.comment(itemId, users.current(), text, now());
    em.persist(entry);
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

  private void requireItem(long itemId) {
    if (em.find(Item.class, itemId) == null) {
      throw new UnknownEntity("Item", itemId);
    }
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
