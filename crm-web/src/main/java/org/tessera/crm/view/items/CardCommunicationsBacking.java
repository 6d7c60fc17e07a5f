package org.tessera.crm.view.items;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tessera.crm.communication.boundary.CallLog;
import org.tessera.crm.communication.boundary.ClientAddresses;
import org.tessera.crm.communication.boundary.Communications;
import org.tessera.crm.communication.boundary.EmailRequest;
import org.tessera.crm.communication.boundary.MessageRequest;
import org.tessera.crm.communication.control.MessageChannel;
import org.tessera.crm.communication.control.PhoneNumbers;
import org.tessera.crm.communication.entity.Communication;
import org.tessera.crm.communication.entity.Direction;
import org.tessera.crm.view.Messages;

/**
 * The card's communication bar: call the client (tel: link) and log the call, write an e-mail or a
 * message, invite to the messenger; and the incoming calls and messages that wait for an answer.
 */
@Named("cardCommunications")
@ViewScoped
public class CardCommunicationsBacking implements Serializable {

  /** A call or message that waits for an answer. */
  public record WaitingRow(long id, String summary) implements Serializable {}

  private static final int SECONDS_PER_MINUTE = 60;

  @Inject Communications communications;
  @Inject CardBacking card;
  @Inject CardTimelineBacking cardTimeline;

  private ClientAddresses addresses;
  private List<WaitingRow> waiting;

  private Direction callDirection;
  private String callPhone;
  private Integer callMinutes;
  private String callOutcome;
  private String callNotes;

  private String emailTo;
  private String emailSubject;
  private String emailBody;

  private MessageChannel messageChannel;
  private String messageTo;
  private String messageText;

  private String invitation;

  public ClientAddresses getAddresses() {
    if (addresses == null) {
      addresses = communications.addressesOf(card.getId());
    }
    return addresses;
  }

  /** The number as a {@code tel:} link for the softphone, or null when it cannot be dialled. */
  public String telUri(String phone) {
    try {
      return PhoneNumbers.telUri(phone).toString();
    } catch (IllegalArgumentException notDiallable) {
      return null;
    }
  }

  /** An outgoing call to the number, or to the client's first one. */
  public void prepareCall(String phone) {
    callDirection = Direction.OUTGOING;
    callPhone = phone == null ? first(getAddresses().phones()) : phone;
    callMinutes = null;
    callOutcome = null;
    callNotes = null;
  }

  public void logCall() {
    Integer seconds = callMinutes == null ? null : callMinutes * SECONDS_PER_MINUTE;
    communications.logCall(
        card.getId(), new CallLog(callDirection, callPhone, seconds, callOutcome, callNotes, null));
    Messages.info("communication.callLogged", callPhone);
    changed();
  }

  public void prepareEmail() {
    emailTo = first(getAddresses().emails());
    emailSubject = null;
    emailBody = null;
  }

  public void sendEmail() {
    told(
        communications.sendEmail(card.getId(), new EmailRequest(emailTo, emailSubject, emailBody)));
  }

  public void prepareMessage() {
    messageChannel = MessageChannel.SMS;
    messageTo = first(getAddresses().phones());
    messageText = null;
  }

  public void sendMessage() {
    told(
        communications.sendMessage(
            card.getId(), new MessageRequest(messageChannel, messageTo, messageText)));
  }

  /** Logs an invitation to the messenger and shows its text to pass on to the client. */
  public void invite() {
    invitation = communications.inviteToMessenger(card.getId()).getBody();
    changed();
  }

  public void markAnswered(WaitingRow row) {
    communications.markAnswered(row.id());
    Messages.info("communication.answered");
    changed();
  }

  public List<WaitingRow> getWaiting() {
    if (waiting == null) {
      waiting =
          communications.ofItem(card.getId()).stream()
              .filter(Communication::isWaiting)
              .map(communication -> new WaitingRow(communication.getId(), communication.summary()))
              .toList();
    }
    return waiting;
  }

  /** Sent, or kept as failed: either way it is on the timeline, a failure said as an error. */
  private void told(Communication communication) {
    if (communication.isFailed()) {
      Messages.error("communication.notSent", communication.getFailure());
    } else {
      Messages.info("communication.sent", communication.getCounterpart());
    }
    changed();
  }

  private void changed() {
    waiting = null;
    cardTimeline.reload();
  }

  private static String first(List<String> values) {
    return values.isEmpty() ? null : values.get(0);
  }

  public Direction[] getDirections() {
    return Direction.values();
  }

  public MessageChannel[] getChannels() {
    return MessageChannel.values();
  }

  public Direction getCallDirection() {
    return callDirection;
  }

  public void setCallDirection(Direction callDirection) {
    this.callDirection = callDirection;
  }

  public String getCallPhone() {
    return callPhone;
  }

  public void setCallPhone(String callPhone) {
    this.callPhone = callPhone;
  }

  public Integer getCallMinutes() {
    return callMinutes;
  }

  public void setCallMinutes(Integer callMinutes) {
    this.callMinutes = callMinutes;
  }

  public String getCallOutcome() {
    return callOutcome;
  }

  public void setCallOutcome(String callOutcome) {
    this.callOutcome = callOutcome;
  }

  public String getCallNotes() {
    return callNotes;
  }

  public void setCallNotes(String callNotes) {
    this.callNotes = callNotes;
  }

  public String getEmailTo() {
    return emailTo;
  }

  public void setEmailTo(String emailTo) {
    this.emailTo = emailTo;
  }

  public String getEmailSubject() {
    return emailSubject;
  }

  public void setEmailSubject(String emailSubject) {
    this.emailSubject = emailSubject;
  }

  public String getEmailBody() {
    return emailBody;
  }

  public void setEmailBody(String emailBody) {
    this.emailBody = emailBody;
  }

  public MessageChannel getMessageChannel() {
    return messageChannel;
  }

  public void setMessageChannel(MessageChannel messageChannel) {
    this.messageChannel = messageChannel;
  }

  public String getMessageTo() {
    return messageTo;
  }

  public void setMessageTo(String messageTo) {
    this.messageTo = messageTo;
  }

  public String getMessageText() {
    return messageText;
  }

  public void setMessageText(String messageText) {
    this.messageText = messageText;
  }

  public String getInvitation() {
    return invitation;
  }
}
