package org.tessera.crm.communication.control;

import java.time.Duration;
import java.util.Properties;

/**
 * Where a mailbox sends and reads: the SMTP server (user and password {@code null} where it needs
 * no login), the sender address, and the IMAP server and folder ({@code INBOX} when blank).
 */
public record MailSettings(
    String smtpHost,
    int smtpPort,
    String smtpUser,
    String smtpPassword,
    boolean startTls,
    String from,
    String imapHost,
    int imapPort,
    String imapUser,
    String imapPassword,
    boolean imapSsl,
    String folder) {

  public static final String INBOX = "INBOX";

  /** A dead or silent server fails the request in seconds instead of holding a thread for good. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

  public MailSettings {
    requireText(smtpHost, "smtpHost");
    requireText(from, "from");
    requireText(imapHost, "imapHost");
    folder = folder == null || folder.isBlank() ? INBOX : folder;
  }

  /** Properties of a {@code jakarta.mail.Session} that sends through the SMTP server. */
  public Properties smtpProperties() {
    Properties properties = withTimeouts("smtp", smtpHost, smtpPort);
    properties.put("mail.smtp.auth", Boolean.toString(smtpUser != null));
    // Required, not just enabled: otherwise a stripped STARTTLS offer sends the password in clear.
    properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
    properties.put("mail.smtp.starttls.required", Boolean.toString(startTls));
    return properties;
  }

  /** Properties of a {@code jakarta.mail.Session} that reads from the IMAP server. */
  public Properties imapProperties() {
    Properties properties = withTimeouts("imap", imapHost, imapPort);
    properties.put("mail.imap.ssl.enable", Boolean.toString(imapSsl));
    // Reading a message must not mark it seen before all of a fetch could be read.
    properties.put("mail.imap.peek", "true");
    return properties;
  }

  private static Properties withTimeouts(String protocol, String host, int port) {
    Properties properties = new Properties();
    properties.put("mail." + protocol + ".host", host);
    properties.put("mail." + protocol + ".port", Integer.toString(port));
    properties.put("mail." + protocol + ".connectiontimeout", millis(CONNECT_TIMEOUT));
    properties.put("mail." + protocol + ".timeout", millis(READ_TIMEOUT));
    properties.put("mail." + protocol + ".writetimeout", millis(READ_TIMEOUT));
    return properties;
  }

  private static String millis(Duration duration) {
    return Long.toString(duration.toMillis());
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("The mail settings need a " + name);
    }
  }

  /** Keeps the passwords out of logs. */
  @Override
  public String toString() {
    return "MailSettings[smtp="
        + smtpUser
        + "@"
        + smtpHost
        + ":"
        + smtpPort
        + (startTls ? " STARTTLS" : "")
        + ", from="
        + from
        + ", imap="
        + imapUser
        + "@"
        + imapHost
        + ":"
        + imapPort
        + (imapSsl ? " SSL" : "")
        + "/"
        + folder
        + "]";
  }
}
