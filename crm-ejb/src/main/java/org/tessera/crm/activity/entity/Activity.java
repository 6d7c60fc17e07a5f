package org.tessera.crm.activity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

/**
 * Something planned on an item: a call, meeting or task with a deadline, a responsible employee,
 * participants, perhaps a room for its time slot, and a reminder before it is due.
 */
@Entity
@Table(name = "activity")
@NamedQuery(
    name = Activity.OF_ITEM,
    query =
        "select a from Activity a left join fetch a.responsible where a.itemId = :item"
            + " order by a.deadline, a.id")
@NamedQuery(
    name = Activity.ROOM_BOOKINGS,
    query =
        "select a from Activity a where a.room = :room and a.status = :planned"
            + " and a.deadline < :endsAt and a.endsAt > :startsAt")
@NamedQuery(
    name = Activity.REMINDERS_DUE,
    query =
        "select a.id from Activity a where a.status = :planned and a.remindAt <= :now"
            + " and a.remindedAt is null")
@NamedQuery(
    name = Activity.CLAIM_REMINDER,
    query =
        "update Activity a set a.remindedAt = :now, a.version = a.version + 1"
            + " where a.id = :id and a.remindedAt is null")
public class Activity {

  public static final String OF_ITEM = "Activity.ofItem";
  public static final String ROOM_BOOKINGS = "Activity.roomBookings";
  public static final String REMINDERS_DUE = "Activity.remindersDue";
  public static final String CLAIM_REMINDER = "Activity.claimReminder";

  @Id
  @SequenceGenerator(name = "activity_seq", sequenceName = "activity_seq", allocationSize = 50)
  @GeneratedValue(generator = "activity_seq")
  private Long id;

  @Column(name = "item_id")
  private long itemId;

  @Enumerated(EnumType.STRING)
  private ActivityKind kind;

  private String subject;

  private String description;

  private OffsetDateTime deadline;

  @Column(name = "ends_at")
  private OffsetDateTime endsAt;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "responsible_id")
  private User responsible;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "room_id")
  private MeetingRoom room;

  @Enumerated(EnumType.STRING)
  private ActivityStatus status;

  @Column(name = "remind_at")
  private OffsetDateTime remindAt;

  @Column(name = "reminded_at")
  private OffsetDateTime remindedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "created_by_id")
  private User createdBy;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "activity_participant", joinColumns = @JoinColumn(name = "activity_id"))
  @Column(name = "user_id")
  private Set<Long> participantIds = new HashSet<>();

  @Version private long version;

  protected Activity() {}

  /**
   * @param remindBefore how long before the deadline the responsible user is reminded, or null for
   *     no reminder
   */
  public Activity(
      long itemId,
      ActivityKind kind,
      String subject,
      String description,
      OffsetDateTime deadline,
      Duration duration,
      User responsible,
      Duration remindBefore,
      User createdBy,
      OffsetDateTime now) {
    if (duration.isNegative()) {
      throw new BusinessRuleViolation(
          "activity.duration-invalid", "An activity cannot last less than no time");
    }
    this.itemId = itemId;
    this.kind = kind;
    this.subject = subject.strip();
    this.description = description;
    this.deadline = deadline;
    this.endsAt = deadline.plus(duration);
    this.responsible = responsible;
    this.remindAt = remindBefore == null ? null : deadline.minus(remindBefore);
    this.status = ActivityStatus.PLANNED;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** Books the room for the activity's time slot; the caller has checked it is free. */
  public void book(MeetingRoom room) {
    this.room = room;
  }

  public void invite(Set<Long> userIds) {
    participantIds.addAll(userIds);
  }

  public void complete() {
    requirePlanned();
    status = ActivityStatus.DONE;
  }

  public void cancel() {
    requirePlanned();
    status = ActivityStatus.CANCELLED;
  }

  private void requirePlanned() {
    if (status != ActivityStatus.PLANNED) {
      throw new BusinessRuleViolation(
          "activity.not-planned", "The activity is already " + status.name().toLowerCase());
    }
  }

  public Long getId() {
    return id;
  }

  public long getItemId() {
    return itemId;
  }

  public ActivityKind getKind() {
    return kind;
  }

  public String getSubject() {
    return subject;
  }

  public String getDescription() {
    return description;
  }

  public OffsetDateTime getDeadline() {
    return deadline;
  }

  public OffsetDateTime getEndsAt() {
    return endsAt;
  }

  public User getResponsible() {
    return responsible;
  }

  public MeetingRoom getRoom() {
    return room;
  }

  public ActivityStatus getStatus() {
    return status;
  }

  public OffsetDateTime getRemindAt() {
    return remindAt;
  }

  public OffsetDateTime getRemindedAt() {
    return remindedAt;
  }

  public Set<Long> getParticipantIds() {
    return participantIds;
  }

  public long getVersion() {
    return version;
  }
}
