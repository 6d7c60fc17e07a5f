package org.tessera.crm.communication.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailSenderTest {

  @RegisterExtension static GreenMailExtension greenMail = TestMailbox.server();

  private final MailSender sender = new MailSender();

  @Test
  void sentMailArrivesWithSubjectBodyAndRecipientsUnderTheReturnedMessageId() throws Exception {
    String messageId =
        sender.send(
            TestMailbox.settings(),
            new OutgoingMail(
                List.of("anna@client.test", "Bob <bob@client.test>"),
                "Your offer Ü-42",
                "Dear Anna,\nhere it is."));

    MimeMessage[] received = greenMail.getReceivedMessages();
    assertEquals(2, received.length, "one copy per recipient");
    MimeMessage mail = received[0];
    assertEquals(messageId, mail.getMessageID());
    assertEquals("Your offer Ü-42", mail.getSubject());
    assertEquals(
        "Dear Anna,\nhere it is.", mail.getContent().toString().replace("\r\n", "\n").strip());
    assertArrayEquals(
        new Address[] {
          new InternetAddress("anna@client.test"), new InternetAddress("Bob <bob@client.test>")
        },
        mail.getRecipients(Message.RecipientType.TO));
    assertEquals(TestMailbox.ADDRESS, ((InternetAddress) mail.getFrom()[0]).getAddress());
  }

  @Test
  void lineBreakInSubjectCannotAddAHeader() throws Exception {
    sender.send(
        TestMailbox.settings(),
        new OutgoingMail("anna@client.test", "Offer\r\nBcc: eve@evil.test", "Hello"));

    MimeMessage[] received = greenMail.getReceivedMessages();
    assertEquals(1, received.length, "no copy for an injected Bcc");
    assertEquals("Offer Bcc: eve@evil.test", received[0].getSubject());
  }

  @Test
  void invalidRecipientFailsNamingTheAddress() {
    MailFailed failed =
        assertThrows(
            MailFailed.class,
            () ->
                sender.send(
                    TestMailbox.settings(), new OutgoingMail("anna at client", "Offer", "Hello")));

    assertEquals(
        "Not a valid e-mail address \"anna at client\": " + failed.getCause().getMessage(),
        failed.getMessage());
    assertEquals(0, greenMail.getReceivedMessages().length);
  }

  @Test
  void unreachableServerFailsNamingServerAndReason() throws Exception {
    int closed = TestMailbox.closedPort();

    MailFailed failed =
        assertThrows(
            MailFailed.class,
            () ->
                sender.send(
                    TestMailbox.settings(closed, TestMailbox.PASSWORD),
                    new OutgoingMail("anna@client.test", "Offer", "Hello")));

    assertEquals(
        "Cannot reach the SMTP server 127.0.0.1:" + closed + ": Connection refused",
        failed.getMessage());
  }
}
