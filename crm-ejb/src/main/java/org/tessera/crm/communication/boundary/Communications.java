package org.tessera.crm.communication.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.tessera.crm.communication.control.CommunicationSettings;
import org.tessera.crm.communication.control.GatewayFailed;
import org.tessera.crm.communication.control.IncomingMail;
import org.tessera.crm.communication.control.MailFailed;
import org.tessera.crm.communication.control.MailInbox;
import org.tessera.crm.communication.control.MailSender;
import org.tessera.crm.communication.control.MessageChannel;
import org.tessera.crm.communication.control.MessageGateway;
import org.tessera.crm.communication.control.MessageTemplate;
import org.tessera.crm.communication.control.MessengerInvitation;
import org.tessera.crm.communication.control.OutgoingMail;
import org.tessera.crm.communication.control.OutgoingMessage;
import org.tessera.crm.communication.control.PhoneNumbers;
import org.tessera.crm.communication.entity.Communication;
import org.tessera.crm.communication.entity.CommunicationChannel;
import org.tessera.crm.communication.entity.Direction;
import org.tessera.crm.document.boundary.PlaceholderSource;
import org.tessera.crm.field.boundary.FieldValues;
import org.tessera.crm.item.boundary.Items;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.relation.boundary.Clients;
import org.tessera.crm.relation.boundary.Relations;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.UnknownEntity;
import org.tessera.crm.timeline.boundary.Timeline;

/**
 * Calls, e-mails and messages with clients, logged on items and told on their timelines. What the
 * CRM could not send is kept as failed, so the user loses nothing and sees why; anything that goes
 * out on an item answers what waits there.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class Communications {

  public static final int PHONE_LIMIT = 40;
  public static final int LONGEST_CALL_SECONDS = 24 * 60 * 60;

  static final String EMAIL_FIELD = "email";
  static final String PHONE_FIELD = "phone";

  private static final System.Logger LOG = System.getLogger(Communications.class.getName());
  private static final int MOST_MAILS_PER_POLL = 100;
  private static final String INVITATION =
      "You can write to us about \"{Item.Title}\" in our messenger: {"
          + MessengerInvitation.LINK
          + "}";
  // Messages go out in English until users choose their language.
  private static final Locale MESSAGE_LOCALE = Locale.US;

  @PersistenceContext EntityManager em;
  @EJB Items items;
  @EJB Users users;
  @EJB FieldValues fieldValues;
  @EJB Relations relations;
  @EJB Timeline timeline;
  @EJB IncomingMails incomingMails;
  @Inject CommunicationSettings settings;
  @EJB PlaceholderSource placeholderSource;

  private final MailSender mailSender = new MailSender();
  private final MailInbox mailInbox = new MailInbox();

  /** The item's calls, e-mails and messages, the newest first. */
  public List<Communication> ofItem(long itemId) {
    items.find(itemId);
    return em.createNamedQuery(Communication.OF_ITEM, Communication.class)
        .setParameter("item", itemId)
        .getResultList();
  }

  /**
   * Where the item's client is reached: the item's own phone numbers and e-mail addresses, else
   * those of the contacts linked to it.
   */
  public ClientAddresses addressesOf(long itemId) {
    Item item = items.find(itemId);
    return new ClientAddresses(reachedAt(item, PHONE_FIELD), reachedAt(item, EMAIL_FIELD));
  }

  public Communication find(long communicationId) {
    Communication communication = em.find(Communication.class, communicationId);
    if (communication == null) {
      throw new UnknownEntity("Communication", communicationId);
    }
    return communication;
  }

  /** Logs a call; an incoming or missed one waits for an answer. */
  public Communication logCall(long itemId, @NotNull @Valid CallLog call) {
    Item item = items.find(itemId);
    User author = users.current();
    User employee = call.employeeId() == null ? author : users.find(call.employeeId());
    return record(
        item,
        Communication.callLogged(
            item.getId(),
            call.direction(),
            phone(call.phone()),
            call.durationSeconds(),
            call.outcome(),
            call.notes(),
            employee,
            now()),
        author);
  }

  /**
   * Sends an e-mail with the item's placeholders filled in. One the mail server refuses is kept as
   * failed, with the reason.
   */
  public Communication sendEmail(long itemId, @NotNull @Valid EmailRequest request) {
    Item item = items.find(itemId);
    String to =
        (isBlank(request.to()) ? reachedAt(item, EMAIL_FIELD, "e-mail address") : request.to())
            .strip();
    Map<String, String> placeholders = placeholders(item);
    String subject = MessageTemplate.fill(request.subject(), placeholders);
    String body = MessageTemplate.fill(request.body(), placeholders);
    return deliver(
        item,
        CommunicationChannel.EMAIL,
        to,
        subject,
        body,
        () -> mailSender.send(settings.mail(), new OutgoingMail(to, subject, body)));
  }

  /**
   * Sends an SMS or WhatsApp message through the configured gateway. One the gateway refuses is
   * kept as failed, with the reason; without a gateway nothing is sent or kept.
   */
  public Communication sendMessage(long itemId, @NotNull @Valid MessageRequest request) {
    Item item = items.find(itemId);
    MessageGateway gateway =
        settings.gateway().require("communication.no-gateway", "The SMS and WhatsApp gateway");
    String to =
        phone(isBlank(request.to()) ? reachedAt(item, PHONE_FIELD, "phone number") : request.to());
    String text = MessageTemplate.fill(request.text(), placeholders(item));
    return deliver(
        item,
        channelOf(request.channel()),
        to,
        null,
        text,
        () -> gateway.send(new OutgoingMessage(request.channel(), to, text)));
  }

  /**
   * Logs an invitation to the client messenger of the item, with its signed link, for the employee
   * to pass on to the client.
   */
  public Communication inviteToMessenger(long itemId) {
    Item item = items.find(itemId);
    MessengerInvitation invitation =
        settings.messenger().require("communication.no-messenger", "The client messenger");
    String text =
        MessageTemplate.fill(invitation.message(item.getId(), INVITATION), placeholders(item));
    User author = users.current();
    return record(
        item,
        Communication.handedOver(item.getId(), CommunicationChannel.MESSENGER, text, author, now()),
        author);
  }

  /** Marks an incoming call or message answered, e.g. after a reply outside the CRM. */
  public Communication markAnswered(long communicationId) {
    Communication communication = find(communicationId);
    communication.answer(now());
    em.flush();
    return communication;
  }

  /**
   * Reads the unread mail of the CRM's mailbox and logs each on the items it concerns (see {@link
   * IncomingMails#log}), each in a transaction of its own: a mail that cannot be logged is reported
   * and does not hold back the others.
   *
   * @throws BusinessRuleViolation when the mailbox cannot be read
   */
  @RolesAllowed(Roles.ADMIN)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public MailboxPoll pollMailbox() {
    List<IncomingMail> mails;
    try {
      mails = mailInbox.fetchUnread(settings.mail(), MOST_MAILS_PER_POLL);
    } catch (MailFailed failed) {
      throw new BusinessRuleViolation("communication.mailbox-failed", failed.getMessage());
    }
    int logged = 0;
    int failed = 0;
    for (IncomingMail mail : mails) {
      try {
        if (incomingMails.log(mail)) {
          logged++;
        }
      } catch (RuntimeException notLogged) {
        // The mail is marked read already: the log is the only place left that tells of it.
        LOG.log(
            System.Logger.Level.ERROR,
            "Mail " + mail.messageId() + " from " + mail.fromAddress() + " could not be logged",
            notLogged);
        failed++;
      }
    }
    return new MailboxPoll(mails.size(), logged, failed);
  }

  private Communication deliver(
      Item item,
      CommunicationChannel channel,
      String to,
      String subject,
      String body,
      Supplier<String> send) {
    User sender = users.current();
    Communication communication;
    try {
      communication =
          Communication.sent(item.getId(), channel, to, subject, body, send.get(), sender, now());
    } catch (MailFailed | GatewayFailed failed) {
      LOG.log(
          System.Logger.Level.WARNING,
          "{0} from item {1} to {2} not sent: {3}",
          channel,
          item.getId(),
          to,
          failed.getMessage());
      communication =
          Communication.notSent(
              item.getId(), channel, to, subject, body, failed.getMessage(), sender, now());
    }
    return record(item, communication, sender);
  }

  private Communication record(Item item, Communication communication, User author) {
    em.persist(communication);
    timeline.communicated(item, communication.summary(), author);
    if (communication.answersClient()) {
      em.createNamedQuery(Communication.ANSWER_WAITING)
          .setParameter("at", communication.getOccurredAt())
          .setParameter("item", item.getId())
          .setParameter("awaiting", Direction.awaitingAnswer())
          .executeUpdate();
    }
    em.flush();
    return communication;
  }

  /** The first of the item's own addresses in the field, else of its linked contacts'. */
  private String reachedAt(Item item, String fieldCode, String what) {
    return reachedAt(item, fieldCode).stream()
        .findFirst()
        .orElseThrow(
            () ->
                new BusinessRuleViolation(
                    "communication.no-address",
                    "'"
                        + item.getTitle()
                        + "' has no "
                        + what
                        + ", nor has a contact linked to it: give one"));
  }

  /** The item's own addresses in the field, else those of the contacts linked to it. */
  private List<String> reachedAt(Item item, String fieldCode) {
    List<String> own = all(fieldValues.of(item).get(fieldCode));
    if (!own.isEmpty()) {
      return own;
    }
    return relations.of(item.getId()).stream()
        .map(relation -> relation.other(item.getId()))
        .filter(other -> Clients.CONTACT.equals(other.getItemType().getCode()))
        .flatMap(contact -> all(fieldValues.of(contact).get(fieldCode)).stream())
        .toList();
  }

  private static List<String> all(Object value) {
    if (value instanceof Collection<?> several) {
      return several.stream().map(String::valueOf).toList();
    }
    return value == null ? List.of() : List.of(String.valueOf(value));
  }

  private Map<String, String> placeholders(Item item) {
    return placeholderSource.of(item, MESSAGE_LOCALE).values();
  }

  private static String phone(String number) {
    try {
      return PhoneNumbers.normalized(number);
    } catch (IllegalArgumentException notAPhoneNumber) {
      throw new BusinessRuleViolation("communication.phone-invalid", notAPhoneNumber.getMessage());
    }
  }

  private static CommunicationChannel channelOf(MessageChannel channel) {
    return switch (channel) {
      case SMS -> CommunicationChannel.SMS;
      case WHATSAPP -> CommunicationChannel.WHATSAPP;
    };
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
