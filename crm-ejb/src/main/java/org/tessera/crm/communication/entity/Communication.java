package org.tessera.crm.communication.entity;

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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

/**
 * A call, e-mail or message between the CRM's people and a client, logged on an item. Incoming ones
 * wait for an answer; the employee is who handled it, or for a mail that came in, who is
 * responsible for the item.
 */
@Entity
@Table(name = "communication")
@NamedQuery(
    name = Communication.OF_ITEM,
    query =
        "select c from Communication c left join fetch c.employee where c.itemId = :item"
            + " order by c.occurredAt desc, c.id desc")
@NamedQuery(
    name = Communication.COUNT_EXTERNAL,
    query =
        "select count(c) from Communication c where c.channel = :channel"
            + " and c.externalId = :externalId")
@NamedQuery(
    name = Communication.ANSWER_WAITING,
    query =
        "update Communication c set c.answeredAt = :at, c.version = c.version + 1"
            + " where c.itemId = :item and c.direction in :awaiting and c.answeredAt is null")
public class Communication {

  public static final String OF_ITEM = "Communication.ofItem";
  public static final String COUNT_EXTERNAL = "Communication.countExternal";
  public static final String ANSWER_WAITING = "Communication.answerWaiting";

  public static final int COUNTERPART_LIMIT = 254;
  public static final int SUBJECT_LIMIT = 255;
  public static final int BODY_LIMIT = 4000;
  public static final int OUTCOME_LIMIT = 255;
  public static final int FAILURE_LIMIT = 1000;
  public static final int EXTERNAL_ID_LIMIT = 255;

  @Id
  @SequenceGenerator(
      name = "communication_seq",
      sequenceName = "communication_seq",
      allocationSize = 50)
  @GeneratedValue(generator = "communication_seq")
  private Long id;

  @Column(name = "item_id")
  private long itemId;

  @Enumerated(EnumType.STRING)
  private CommunicationChannel channel;

  @Enumerated(EnumType.STRING)
  private Direction direction;

  @Enumerated(EnumType.STRING)
  private CommunicationStatus status;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "employee_id")
  private User employee;

  private String counterpart;

  private String subject;

  private String body;

  @Column(name = "duration_seconds")
  private Integer durationSeconds;

  private String outcome;

  private String failure;

  @Column(name = "external_id")
  private String externalId;

  @Column(name = "occurred_at")
  private OffsetDateTime occurredAt;

  @Column(name = "answered_at")
  private OffsetDateTime answeredAt;

  @Version private long version;

  protected Communication() {}

  private Communication(
      long itemId,
      CommunicationChannel channel,
      Direction direction,
      CommunicationStatus status,
      User employee,
      String counterpart,
      OffsetDateTime at) {
    this.itemId = itemId;
    this.channel = channel;
    this.direction = direction;
    this.status = status;
    this.employee = employee;
    this.counterpart = shortened(counterpart, COUNTERPART_LIMIT);
    this.occurredAt = at;
  }

  /** A call an employee had, or missed, with a client, as they write it down. */
  public static Communication callLogged(
      long itemId,
      Direction direction,
      String phone,
      Integer durationSeconds,
      String outcome,
      String notes,
      User employee,
      OffsetDateTime at) {
    if (durationSeconds != null && durationSeconds < 0) {
      throw new BusinessRuleViolation(
          "communication.duration-invalid", "A call cannot last less than no time");
    }
    Communication call =
        new Communication(
            itemId,
            CommunicationChannel.CALL,
            direction,
            CommunicationStatus.LOGGED,
            employee,
            phone,
            at);
    call.durationSeconds = direction == Direction.MISSED ? null : durationSeconds;
    call.outcome = shortened(blankAsNull(outcome), OUTCOME_LIMIT);
    call.body = shortened(blankAsNull(notes), BODY_LIMIT);
    return call;
  }

  /** An e-mail or message the CRM handed over to the mail server or gateway. */
  public static Communication sent(
      long itemId,
      CommunicationChannel channel,
      String to,
      String subject,
      String body,
      String externalId,
      User employee,
      OffsetDateTime at) {
    Communication sent =
        outgoing(itemId, channel, CommunicationStatus.SENT, to, subject, body, employee, at);
    sent.externalId = shortened(blankAsNull(externalId), EXTERNAL_ID_LIMIT);
    return sent;
  }

  /** An e-mail or message the CRM could not send, kept so that nothing the user wrote is lost. */
  public static Communication notSent(
      long itemId,
      CommunicationChannel channel,
      String to,
      String subject,
      String body,
      String failure,
      User employee,
      OffsetDateTime at) {
    Communication failed =
        outgoing(itemId, channel, CommunicationStatus.FAILED, to, subject, body, employee, at);
    failed.failure = shortened(failure, FAILURE_LIMIT);
    return failed;
  }

  /** Something an employee gave the client to pass on themselves, e.g. a messenger invitation. */
  public static Communication handedOver(
      long itemId, CommunicationChannel channel, String text, User employee, OffsetDateTime at) {
    return outgoing(itemId, channel, CommunicationStatus.LOGGED, null, null, text, employee, at);
  }

  /** A mail read from the CRM's mailbox, waiting for an answer from the employee. */
  public static Communication mailReceived(
      long itemId,
      String from,
      String subject,
      String text,
      String messageId,
      User employee,
      OffsetDateTime at) {
    Communication mail =
        new Communication(
            itemId,
            CommunicationChannel.EMAIL,
            Direction.INCOMING,
            CommunicationStatus.RECEIVED,
            employee,
            from,
            at);
    mail.subject = shortened(blankAsNull(subject), SUBJECT_LIMIT);
    mail.body = shortened(blankAsNull(text), BODY_LIMIT);
    mail.externalId = shortened(blankAsNull(messageId), EXTERNAL_ID_LIMIT);
    return mail;
  }

  private static Communication outgoing(
      long itemId,
      CommunicationChannel channel,
      CommunicationStatus status,
      String to,
      String subject,
      String body,
      User employee,
      OffsetDateTime at) {
    Communication outgoing =
        new Communication(itemId, channel, Direction.OUTGOING, status, employee, to, at);
    outgoing.subject = shortened(subject, SUBJECT_LIMIT);
    outgoing.body = shortened(body, BODY_LIMIT);
    return outgoing;
  }

  /** Marks an incoming one answered; the first answer counts, later ones change nothing. */
  public void answer(OffsetDateTime at) {
    if (!direction.awaitsAnswer()) {
      throw new BusinessRuleViolation(
          "communication.not-incoming", "Only incoming calls and messages wait for an answer");
    }
    if (answeredAt == null) {
      answeredAt = at;
    }
  }

  /** Whether it answers the client: something that reached them or was said to them. */
  public boolean answersClient() {
    return direction == Direction.OUTGOING && status != CommunicationStatus.FAILED;
  }

  public boolean isFailed() {
    return status == CommunicationStatus.FAILED;
  }

  /** Whether it came in and no one answered it yet. */
  public boolean isWaiting() {
    return direction.awaitsAnswer() && answeredAt == null;
  }

  /** What the item's timeline tells of it, e.g. "Incoming call from +33612345678: Interested". */
  public String summary() {
    String what =
        switch (channel) {
          case CALL -> capitalized(direction) + " call";
          case EMAIL -> "E-mail";
          case SMS -> "SMS";
          case WHATSAPP -> "WhatsApp message";
          case MESSENGER -> "Messenger invitation";
        };
    StringBuilder summary = new StringBuilder(what);
    if (counterpart != null) {
      summary.append(direction == Direction.OUTGOING ? " to " : " from ").append(counterpart);
    }
    if (status == CommunicationStatus.FAILED) {
      return summary.append(" could not be sent: ").append(failure).toString();
    }
    String about =
        channel == CommunicationChannel.CALL ? outcome : subject == null ? body : subject;
    return about == null || about.isBlank()
        ? summary.toString()
        : summary.append(": ").append(about.strip()).toString();
  }

  private static String capitalized(Direction direction) {
    String name = direction.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String shortened(String text, int limit) {
    return text == null || text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public long getItemId() {
    return itemId;
  }

  public CommunicationChannel getChannel() {
    return channel;
  }

  public Direction getDirection() {
    return direction;
  }

  public CommunicationStatus getStatus() {
    return status;
  }

  public User getEmployee() {
    return employee;
  }

  public String getCounterpart() {
    return counterpart;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Integer getDurationSeconds() {
    return durationSeconds;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getFailure() {
    return failure;
  }

  public String getExternalId() {
    return externalId;
  }

  public OffsetDateTime getOccurredAt() {
    return occurredAt;
  }

  public OffsetDateTime getAnsweredAt() {
    return answeredAt;
  }

  public long getVersion() {
    return version;
  }
}
