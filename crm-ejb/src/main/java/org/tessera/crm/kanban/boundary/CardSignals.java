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
import org.tessera.crm.activity.entity.ActivityCounter;
import org.tessera.crm.activity.entity.ActivityStatus;
import org.tessera.crm.communication.entity.CommunicationChannel;
import org.tessera.crm.communication.entity.Direction;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.kanban.entity.AvatarEvent;
import org.tessera.crm.kanban.entity.CardAvatar;
import org.tessera.crm.shared.entity.NativeColumns;
import org.tessera.crm.timeline.entity.EntryKind;

/**
 * Whose face each card shows (M26, see {@link CardAvatar}) and its activity counter (M29), read for
 * all cards in one statement of three parts, each taking the card ids as one array parameter
 * (docs/adr/0018): the latest comment per card; the planned activities grouped by item and
 * responsible (their count, nearest deadline and latest fired reminder); and the incoming and
 * missed calls and messages grouped by item, channel, direction and employee (their latest time,
 * count and count of answered ones). One statement rather than three: on a board each is a round
 * trip to the database for a few rows (docs/adr/0022). A CDI bean inside the board's transaction,
 * not a session bean: the board calls it on every request, and hands it the reader's deadline
 * warning (in the EAR, a CDI bean of the EJB module cannot take session beans with {@code @EJB},
 * and through {@code @Inject} each call costs Payara a thrown exception, docs/adr/0017).
 */
@ApplicationScoped
public class CardSignals {

  /** The ids of the users whose faces the cards show, and their counters, by item id. */
  public record Read(Map<Long, Long> avatars, Map<Long, ActivityCounter> counters) {}

  private static final int COMMENT = 1;
  private static final int PLANNED = 2;
  private static final int INCOMING = 3;

  // Columns: part, item id, user id, latest time, nearest deadline, count, answered, channel,
  // direction. Typed nulls keep H2 and PostgreSQL agreeing on the columns' types.
  private static final String SIGNALS =
      "select "
          + COMMENT
          + ", e.item_id, e.author_id, e.created_at, cast(null as timestamp with time zone),"
          + " 0, 0, cast(null as varchar(10)), cast(null as varchar(10))"
          + " from timeline_entry e where e.id in (select max(l.id) from timeline_entry l"
          + " where l.item_id = any(?1) and l.kind = ?2 group by l.item_id)"
          + " union all select "
          + PLANNED
          + ", a.item_id, a.responsible_id, max(a.reminded_at), min(a.deadline), count(*), 0,"
          + " cast(null as varchar(10)), cast(null as varchar(10))"
          + " from activity a where a.item_id = any(?3) and a.status = ?4"
          + " group by a.item_id, a.responsible_id"
          + " union all select "
          + INCOMING
          + ", c.item_id, c.employee_id, max(c.occurred_at), cast(null as timestamp with time"
          + " zone), count(*), count(c.answered_at), c.channel, c.direction"
          + " from communication c where c.item_id = any(?5) and c.direction = any(?6)"
          + " group by c.item_id, c.channel, c.direction, c.employee_id";

  @PersistenceContext EntityManager em;

  /**
   * @param deadlineWarning how long before a deadline the reader's counters turn red
   */
  public Read of(List<Item> cards, Duration deadlineWarning) {
    Long[] ids = cards.stream().map(Item::getId).toArray(Long[]::new);
    Map<Long, List<AvatarEvent>> events = new HashMap<>();
    Map<Long, Long> planned = new HashMap<>();
    Map<Long, OffsetDateTime> nearest = new HashMap<>();
    Map<Long, Long> unanswered = new HashMap<>();
    for (Object row :
        em.createNativeQuery(SIGNALS)
            .setParameter(1, ids)
            .setParameter(2, EntryKind.COMMENT.name())
            .setParameter(3, ids)
            .setParameter(4, ActivityStatus.PLANNED.name())
            .setParameter(5, ids)
            .setParameter(
                6, Direction.awaitingAnswer().stream().map(Enum::name).toArray(String[]::new))
            .getResultList()) {
      Object[] columns = (Object[]) row;
      long item = ((Number) columns[1]).longValue();
      Long user = NativeColumns.id(columns[2]);
      OffsetDateTime latest = NativeColumns.offsetDateTime(columns[3]);
      long count = ((Number) columns[5]).longValue();
      switch (((Number) columns[0]).intValue()) {
        case COMMENT -> add(events, item, AvatarEvent.Kind.COMMENT, user, latest);
        case PLANNED -> {
          planned.merge(item, count, Long::sum);
          OffsetDateTime deadline = NativeColumns.offsetDateTime(columns[4]);
          if (deadline != null) {
            nearest.merge(item, deadline, CardSignals::earlier);
          }
          if (latest != null) {
            add(events, item, AvatarEvent.Kind.REMINDER_FIRED, user, latest);
          }
        }
        default -> {
          Direction direction = Direction.valueOf((String) columns[8]);
          add(
              events,
              item,
              avatarKind(CommunicationChannel.valueOf((String) columns[7]), direction),
              user,
              latest);
          long waiting = count - ((Number) columns[6]).longValue();
          if (waiting > 0) {
            unanswered.merge(item, waiting, Long::sum);
          }
        }
      }
    }
    return new Read(
        avatars(cards, events), counters(planned, nearest, unanswered, deadlineWarning));
  }

  private static Map<Long, ActivityCounter> counters(
      Map<Long, Long> planned,
      Map<Long, OffsetDateTime> nearest,
      Map<Long, Long> unanswered,
      Duration warning) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Map<Long, ActivityCounter> counters = new HashMap<>();
    planned.forEach(
        (item, count) ->
            counters.put(item, ActivityCounter.of(count, nearest.get(item), now, warning)));
    unanswered.forEach(
        (item, count) ->
            counters.merge(item, ActivityCounter.unanswered(count), ActivityCounter::plus));
    return counters;
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
