package org.tessera.crm.communication.control;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** The CRM's mailbox on an in-process GreenMail server, and a port where nothing listens. */
final class TestMailbox {

  static final String ADDRESS = "crm@tessera.test";
  static final String USER = "crm";
  static final String PASSWORD = "secret";

  private TestMailbox() {}

  static GreenMailExtension server() {
    return new GreenMailExtension(ServerSetupTest.SMTP_IMAP)
        .withConfiguration(GreenMailConfiguration.aConfig().withUser(ADDRESS, USER, PASSWORD));
  }

  static MailSettings settings() {
    return settings(ServerSetupTest.SMTP.getPort(), PASSWORD);
  }

  static MailSettings settings(int smtpPort, String imapPassword) {
    return new MailSettings(
        "127.0.0.1",
        smtpPort,
        USER,
        PASSWORD,
        false,
        "Tessera CRM <" + ADDRESS + ">",
        "127.0.0.1",
        ServerSetupTest.IMAP.getPort(),
        USER,
        imapPassword,
        false,
        null);
  }

  /** A port that was free a moment ago, so connecting to it is refused. */
  static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
