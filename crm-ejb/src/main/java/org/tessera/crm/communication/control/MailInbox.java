package org.tessera.crm.communication.control;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reads the unseen mail of a mailbox's IMAP folder. */
public final class MailInbox {

  private static final System.Logger LOG = System.getLogger(MailInbox.class.getName());

  /**
   * Reads up to {@code most} unseen messages, oldest first, and marks them seen so that the next
   * fetch does not return them again. None is marked unless all of them could be read.
   *
   * @throws MailFailed when the server is unreachable, refuses the login or a message is unreadable
   */
  public List<IncomingMail> fetchUnread(MailSettings settings, int most) {
    if (most < 1) {
      throw new IllegalArgumentException("Fetch at least one mail, not " + most);
    }
    MailServer server = new MailServer("IMAP", settings.imapHost(), settings.imapPort());
    try (Store store = Session.getInstance(settings.imapProperties()).getStore("imap")) {
      store.connect(
          settings.imapHost(), settings.imapPort(), settings.imapUser(), settings.imapPassword());
      Folder folder = store.getFolder(settings.folder());
      folder.open(Folder.READ_WRITE);
      try {
        Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        Message[] fetched = Arrays.copyOf(unseen, Math.min(most, unseen.length));
        List<IncomingMail> mails = new ArrayList<>(fetched.length);
        for (Message message : fetched) {
          mails.add(incoming((MimeMessage) message));
        }
        folder.setFlags(fetched, new Flags(Flags.Flag.SEEN), true);
        LOG.log(
            System.Logger.Level.DEBUG,
            "Fetched {0} of {1} unseen mails from {2} {3}",
            fetched.length,
            unseen.length,
            server,
            settings.folder());
        return mails;
      } finally {
        folder.close(false);
      }
    } catch (MessagingException e) {
      throw server.failed("Reading folder " + settings.folder(), e);
    } catch (IOException e) {
      throw new MailFailed(
          "Cannot read a mail in folder " + settings.folder() + " at " + server + ": " + e, e);
    }
  }

  private static IncomingMail incoming(MimeMessage message) throws MessagingException, IOException {
    InternetAddress from = sender(message.getFrom());
    return new IncomingMail(
        orEmpty(message.getMessageID()),
        from == null ? "" : from.getAddress().toLowerCase(Locale.ROOT),
        from == null ? "" : orEmpty(from.getPersonal()),
        orEmpty(message.getSubject()),
        MailText.of(message),
        // IMAP keeps the arrival time of every message; the sender's date can be anything.
        message.getReceivedDate().toInstant().atOffset(ZoneOffset.UTC));
  }

  private static InternetAddress sender(Address[] from) {
    return from != null && from.length > 0 && from[0] instanceof InternetAddress address
        ? address
        : null;
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
