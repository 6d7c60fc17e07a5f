package org.tessera.crm.kanban.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tessera.crm.activity.entity.Activity;
import org.tessera.crm.activity.entity.ActivityCounter;
import org.tessera.crm.activity.entity.ActivityStatus;
import org.tessera.crm.communication.entity.Communication;
import org.tessera.crm.communication.entity.CommunicationChannel;
import org.tessera.crm.communication.entity.Direction;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.kanban.entity.AvatarEvent;
import org.tessera.crm.kanban.entity.CardAvatar;
import org.tessera.crm.shared.entity.NativeColumns;
import org.tessera.crm.timeline.entity.EntryKind;
import org.tessera.crm.timeline.entity.TimelineEntry;

/**
 * Whose face each card shows (M26, see {@link CardAvatar}) and its activity counter (M29), read for
 * all cards in three statements: the latest comments (one array parameter), the planned activities
 * grouped by item and responsible (their count, nearest deadline and latest fired reminder), and
 * the incoming and missed calls and messages grouped by item, channel, direction and employee
 * (their latest time and how many wait for an answer). A CDI bean inside the board's transaction,
 * not a session bean: the board calls it on every request, and hands it the reader's deadline
 * warning (in the EAR, a CDI bean of the EJB module cannot take session beans with {@code @EJB},
 * and through {@code @Inject} each call costs Payara a thrown exception, docs/adr/0017).
 */
@ApplicationScoped
public class CardSignals {

  /** The ids of the users whose faces the cards show, and their counters, by item id. */
  public record Read(Map<Long, Long> avatars, Map<Long, ActivityCounter> counters) {}

  @PersistenceContext EntityManager em;

  /**
   * @param deadlineWarning how long before a deadline the reader's counters turn red
   */
  public Read of(List<Item> cards, Duration deadlineWarning) {
    List<Long> ids = cards.stream().map(Item::getId).toList();
    Map<Long, List<AvatarEvent>> events = new HashMap<>();
    Map<Long, ActivityCounter> counters = new HashMap<>();
    latestComments(ids, events);
    plannedActivities(ids, events, counters, deadlineWarning);
    incomingCommunications(ids, events, counters);
    return new Read(avatars(cards, events), counters);
  }

  private void latestComments(List<Long> ids, Map<Long, List<AvatarEvent>> events) {
    for (Object row :
        em.createNamedQuery(TimelineEntry.LATEST_OF_KIND)
            .setParameter(1, ids.toArray(Long[]::new))
            .setParameter(2, EntryKind.COMMENT.name())
            .getResultList()) {
      Object[] columns = (Object[]) row;
      add(
          events,
          ((Number) columns[0]).longValue(),
          AvatarEvent.Kind.COMMENT,
          NativeColumns.id(columns[1]),
          NativeColumns.offsetDateTime(columns[2]));
    }
  }

  /** Counts per item and responsible: the counter sums them, each fired reminder is a face. */
  private void plannedActivities(
      List<Long> ids,
      Map<Long, List<AvatarEvent>> events,
      Map<Long, ActivityCounter> counters,
      Duration warning) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Map<Long, Long> counts = new HashMap<>();
    Map<Long, OffsetDateTime> nearest = new HashMap<>();
    em.createNamedQuery(Activity.PLANNED_OF_ITEMS, Object[].class)
        .setParameter("items", ids)
        .setParameter("planned", ActivityStatus.PLANNED)
        .getResultStream()
        .forEach(
            row -> {
              Long item = (Long) row[0];
              counts.merge(item, ((Number) row[2]).longValue(), Long::sum);
              if (row[3] != null) {
                nearest.merge(item, (OffsetDateTime) row[3], CardSignals::earlier);
              }
              if (row[4] != null) {
                add(
                    events,
                    item,
                    AvatarEvent.Kind.REMINDER_FIRED,
                    (Long) row[1],
                    (OffsetDateTime) row[4]);
              }
            });
    counts.forEach(
        (item, count) ->
            counters.put(item, ActivityCounter.of(count, nearest.get(item), now, warning)));
  }

  private void incomingCommunications(
      List<Long> ids, Map<Long, List<AvatarEvent>> events, Map<Long, ActivityCounter> counters) {
    em.createNamedQuery(Communication.LATEST_INCOMING_OF_ITEMS, Object[].class)
        .setParameter("items", ids)
        .setParameter("awaiting", Direction.awaitingAnswer())
        .getResultStream()
        .forEach(
            row -> {
              Long item = (Long) row[0];
              add(
                  events,
                  item,
                  avatarKind((CommunicationChannel) row[1], (Direction) row[2]),
                  (Long) row[3],
                  (OffsetDateTime) row[4]);
              long unanswered = ((Number) row[5]).longValue() - ((Number) row[6]).longValue();
              if (unanswered > 0) {
                counters.merge(item, ActivityCounter.unanswered(unanswered), ActivityCounter::plus);
              }
            });
  }

  private static Map<Long, Long> avatars(List<Item> cards, Map<Long, List<AvatarEvent>> events) {
    Map<Long, Long> avatars = new HashMap<>();
    for (Item card : cards) {
      Long responsible = card.getResponsible() == null ? null : card.getResponsible().getId();
      Long shown = CardAvatar.of(responsible, events.getOrDefault(card.getId(), List.of()));
      if (shown != null) {
        avatars.put(card.getId(), shown);
      }
    }
    return avatars;
  }

  private static OffsetDateTime earlier(OffsetDateTime one, OffsetDateTime other) {
    return one.isBefore(other) ? one : other;
  }

  private static void add(
      Map<Long, List<AvatarEvent>> events,
      long itemId,
      AvatarEvent.Kind kind,
      Long employeeId,
      OffsetDateTime at) {
    events
        .computeIfAbsent(itemId, id -> new ArrayList<>())
        .add(new AvatarEvent(kind, employeeId, at));
  }

  /** What an incoming or missed call or message is to the card's face. */
  private static AvatarEvent.Kind avatarKind(CommunicationChannel channel, Direction direction) {
    return switch (channel) {
      case CALL ->
          direction == Direction.MISSED
              ? AvatarEvent.Kind.MISSED_CALL
              : AvatarEvent.Kind.INCOMING_CALL;
      case EMAIL -> AvatarEvent.Kind.INCOMING_EMAIL;
      case SMS, WHATSAPP, MESSENGER -> AvatarEvent.Kind.INCOMING_CHAT;
    };
  }
}
