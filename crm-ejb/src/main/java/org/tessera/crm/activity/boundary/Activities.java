package org.tessera.crm.activity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.tessera.crm.activity.entity.Activity;
import org.tessera.crm.activity.entity.ActivityStatus;
import org.tessera.crm.activity.entity.MeetingRoom;
import org.tessera.crm.activity.entity.Notification;
import org.tessera.crm.item.boundary.Items;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.shared.entity.Conflict;
import org.tessera.crm.shared.entity.StaleVersion;
import org.tessera.crm.shared.entity.UnknownEntity;
import org.tessera.crm.timeline.boundary.Timeline;

/**
 * Activities planned on items: booked rooms never overlap, participants are notified, planning and
 * completing are told on the item's timeline, and the board counts what waits on each card.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class Activities {

  /** A week, the longest duration or reminder lead time. */
  public static final int MOST_MINUTES = 7 * 24 * 60;

  private static final Duration DEFAULT_DURATION = Duration.ofMinutes(30);
  private static final Duration DEFAULT_REMINDER = Duration.ofMinutes(15);

  @PersistenceContext EntityManager em;
  @EJB Items items;
  @EJB Users users;
  @EJB Timeline timeline;

  public Activity plan(long itemId, @NotNull @Valid NewActivity request) {
    Item item = items.find(itemId);
    User planner = users.current();
    Set<Long> participants = request.participantIds() == null ? Set.of() : request.participantIds();
    users.requireExisting(participants, Set.of());
    Activity activity =
        new Activity(
            item.getId(),
            request.kind(),
            request.subject(),
            request.description(),
            request.deadline(),
            minutes(request.durationMinutes(), DEFAULT_DURATION),
            request.responsibleId() == null ? planner : users.find(request.responsibleId()),
            minutes(request.remindMinutesBefore(), DEFAULT_REMINDER),
            planner,
            now());
    if (request.roomId() != null) {
      activity.book(freeRoom(request.roomId(), activity));
    }
    activity.invite(participants);
    em.persist(activity);
    timeline.activityPlanned(item, activity.getSubject(), planner);
    notifyConcerned(activity, item, planner);
    em.flush();
    return activity;
  }

  public Activity complete(long activityId, long expectedVersion) {
    Activity activity = current(activityId, expectedVersion);
    activity.complete();
    timeline.activityDone(items.find(activity.getItemId()), activity.getSubject(), users.current());
    em.flush();
    return activity;
  }

  public Activity cancel(long activityId, long expectedVersion) {
    Activity activity = current(activityId, expectedVersion);
    activity.cancel();
    em.flush();
    return activity;
  }

  public List<Activity> ofItem(long itemId) {
    items.find(itemId);
    return em.createNamedQuery(Activity.OF_ITEM, Activity.class)
        .setParameter("item", itemId)
        .getResultList();
  }

  public Activity find(long activityId) {
    Activity activity = em.find(Activity.class, activityId);
    if (activity == null) {
      throw new UnknownEntity("Activity", activityId);
    }
    return activity;
  }

  /** The room, locked so that two bookings of it are checked one after the other. */
  private MeetingRoom freeRoom(long roomId, Activity activity) {
    MeetingRoom room = em.find(MeetingRoom.class, roomId, LockModeType.PESSIMISTIC_WRITE);
    if (room == null) {
      throw new UnknownEntity("Meeting room", roomId);
    }
    em.createNamedQuery(Activity.ROOM_BOOKINGS, Activity.class)
        .setParameter("room", room)
        .setParameter("planned", ActivityStatus.PLANNED)
        .setParameter("startsAt", activity.getDeadline())
        .setParameter("endsAt", activity.getEndsAt())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .ifPresent(
            booked -> {
              throw new Conflict(
                  "activity.room-booked",
                  "Room '"
                      + room.getName()
                      + "' is booked from "
                      + booked.getDeadline()
                      + " to "
                      + booked.getEndsAt()
                      + " for '"
                      + booked.getSubject()
                      + "' (activity "
                      + booked.getId()
                      + ")");
            });
    return room;
  }

  private void notifyConcerned(Activity activity, Item item, User planner) {
    String text =
        planner.getFullName()
            + " planned '"
            + activity.getSubject()
            + "' on '"
            + item.getTitle()
            + "'";
    activity.getParticipantIds().stream()
        .filter(user -> !user.equals(planner.getId()))
        .forEach(user -> em.persist(new Notification(user, item.getId(), text, now())));
    if (!activity.getResponsible().getId().equals(planner.getId())
        && !activity.getParticipantIds().contains(activity.getResponsible().getId())) {
      em.persist(new Notification(activity.getResponsible().getId(), item.getId(), text, now()));
    }
  }

  private Activity current(long activityId, long expectedVersion) {
    Activity activity = find(activityId);
    if (activity.getVersion() != expectedVersion) {
      throw new StaleVersion("Activity", activityId, expectedVersion, activity.getVersion());
    }
    return activity;
  }

  private static Duration minutes(Integer minutes, Duration otherwise) {
    return minutes == null ? otherwise : Duration.ofMinutes(minutes);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
