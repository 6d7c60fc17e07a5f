package org.tessera.crm.communication.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailInboxTest {

  @RegisterExtension static GreenMailExtension greenMail = TestMailbox.server();

  private final MailInbox inbox = new MailInbox();

  private static MimeMessage mailFromAnna(String subject) throws Exception {
    MimeMessage mail = new MimeMessage(GreenMailUtil.getSession(ServerSetupTest.SMTP));
    mail.setFrom(new InternetAddress("Anna.Client@Client.TEST", "Anna Client"));
    mail.setRecipients(Message.RecipientType.TO, TestMailbox.ADDRESS);
    mail.setSubject(subject);
    return mail;
  }

  private static void deliver(MimeMessage mail) {
    GreenMailUtil.sendMimeMessage(mail);
  }

  @Test
  void unreadMailComesWithSenderAndTextAndOnlyOnce() throws Exception {
    MimeMessage mail = mailFromAnna("Question about offer 42");
    mail.setText("Can we meet on Friday?");
    deliver(mail);

    List<IncomingMail> first = inbox.fetchUnread(TestMailbox.settings(), 10);
    List<IncomingMail> second = inbox.fetchUnread(TestMailbox.settings(), 10);

    assertEquals(1, first.size());
    IncomingMail incoming = first.get(0);
    assertEquals("anna.client@client.test", incoming.fromAddress());
    assertEquals("Anna Client", incoming.fromName());
    assertEquals("Question about offer 42", incoming.subject());
    assertEquals("Can we meet on Friday?", incoming.text());
    assertTrue(incoming.messageId().startsWith("<"), incoming.messageId());
    assertTrue(
        Duration.between(incoming.receivedAt(), OffsetDateTime.now()).abs().toMinutes() < 1,
        incoming.receivedAt().toString());
    assertEquals(List.of(), second);
  }

  @Test
  void fetchTakesAtMostTheAskedNumberOldestFirstAndLeavesTheRestUnread() throws Exception {
    for (String subject : List.of("one", "two", "three")) {
      MimeMessage mail = mailFromAnna(subject);
      mail.setText(subject);
      deliver(mail);
    }

    List<IncomingMail> first = inbox.fetchUnread(TestMailbox.settings(), 2);
    List<IncomingMail> rest = inbox.fetchUnread(TestMailbox.settings(), 2);

    assertEquals(List.of("one", "two"), first.stream().map(IncomingMail::subject).toList());
    assertEquals(List.of("three"), rest.stream().map(IncomingMail::subject).toList());
  }

  @Test
  void alternativeTextAndHtmlGivesThePlainText() throws Exception {
    MimeBodyPart plain = new MimeBodyPart();
    plain.setText("Plain words", "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setContent("<p>Rich <b>words</b></p>", "text/html; charset=UTF-8");
    MimeMessage mail = mailFromAnna("Both");
    mail.setContent(new MimeMultipart("alternative", plain, html));
    deliver(mail);

    assertEquals("Plain words", inbox.fetchUnread(TestMailbox.settings(), 1).get(0).text());
  }

  @Test
  void htmlOnlyMailWithAttachmentGivesTheHtmlAsText() throws Exception {
    MimeBodyPart html = new MimeBodyPart();
    html.setContent(
        "<html><head><style>p{}</style></head><body><p>Hello&nbsp;Tessera,</p>"
            + "<p>price &lt; 100&#8364;<br>Anna</p></body></html>",
        "text/html; charset=UTF-8");
    MimeBodyPart attachment = new MimeBodyPart();
    attachment.setText("not the body");
    attachment.setFileName("notes.txt");
    MimeMessage mail = mailFromAnna("Html");
    mail.setContent(new MimeMultipart("mixed", html, attachment));
    deliver(mail);

    assertEquals(
        "Hello Tessera,\nprice < 100€\nAnna",
        inbox.fetchUnread(TestMailbox.settings(), 1).get(0).text());
  }

  @Test
  void wrongPasswordFailsAsRefusedLoginAndLeavesTheMailUnread() throws Exception {
    MimeMessage mail = mailFromAnna("Waiting");
    mail.setText("Still here");
    deliver(mail);

    MailFailed failed =
        assertThrows(
            MailFailed.class,
            () ->
                inbox.fetchUnread(
                    TestMailbox.settings(ServerSetupTest.SMTP.getPort(), "wrong"), 10));

    assertTrue(
        failed.getMessage().startsWith("The IMAP server 127.0.0.1:3143 refused the login"),
        failed.getMessage());
    assertFalse(inbox.fetchUnread(TestMailbox.settings(), 10).isEmpty());
  }
}
