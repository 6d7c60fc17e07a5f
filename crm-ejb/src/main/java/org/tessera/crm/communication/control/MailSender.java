package org.tessera.crm.communication.control;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/** Sends plain-text mail through the SMTP server of a mailbox. */
public final class MailSender {

  private static final System.Logger LOG = System.getLogger(MailSender.class.getName());

  /**
   * @return the Message-ID the mail went out with
   * @throws MailFailed when an address is not valid or the server is unreachable or says no
   */
  public String send(MailSettings settings, OutgoingMail mail) {
    MailServer server = new MailServer("SMTP", settings.smtpHost(), settings.smtpPort());
    try {
      MimeMessage message = new MimeMessage(Session.getInstance(settings.smtpProperties()));
      message.setFrom(address(settings.from()));
      for (String to : mail.to()) {
        message.addRecipient(Message.RecipientType.TO, address(to));
      }
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
      message.setSentDate(new Date());
      if (settings.smtpUser() == null) {
        Transport.send(message);
      } else {
        Transport.send(message, settings.smtpUser(), settings.smtpPassword());
      }
      // Sending saves the message again, which gives it its final Message-ID.
      String messageId = message.getMessageID();
      LOG.log(
          System.Logger.Level.DEBUG, "Sent {0} to {1} through {2}", messageId, mail.to(), server);
      return messageId;
    } catch (MessagingException e) {
      throw server.failed("Sending mail", e);
    }
  }

  private static InternetAddress address(String text) throws MessagingException {
    InternetAddress address = new InternetAddress(text, true);
    address.validate();
    return address;
  }
}
