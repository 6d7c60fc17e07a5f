package org.tessera.crm.communication.control;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Arrays;

/** One mail server as errors name it, and what a failure while talking to it means in words. */
record MailServer(String protocol, String host, int port) {

  MailFailed failed(String doing, MessagingException e) {
    Throwable unreachable = unreachableCause(e);
    if (unreachable != null) {
      return new MailFailed("Cannot reach the " + name() + ": " + reason(unreachable), e);
    }
    if (e instanceof AuthenticationFailedException) {
      return new MailFailed("The " + name() + " refused the login: " + e.getMessage(), e);
    }
    if (e instanceof AddressException address) {
      return new MailFailed(
          "Not a valid e-mail address \"" + address.getRef() + "\": " + e.getMessage(), e);
    }
    if (e instanceof SendFailedException refused && refused.getInvalidAddresses() != null) {
      return new MailFailed(
          "The "
              + name()
              + " refused the recipients "
              + Arrays.toString(refused.getInvalidAddresses())
              + ": "
              + e.getMessage(),
          e);
    }
    return new MailFailed(doing + " failed at the " + name() + ": " + e.getMessage(), e);
  }

  private static Throwable unreachableCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SocketException
          || cause instanceof SocketTimeoutException
          || cause instanceof UnknownHostException) {
        return cause;
      }
    }
    return null;
  }

  private static String reason(Throwable unreachable) {
    return unreachable instanceof UnknownHostException
        ? "unknown host " + unreachable.getMessage()
        : unreachable.getMessage();
  }

  private String name() {
    return protocol + " server " + host + ":" + port;
  }

  @Override
  public String toString() {
    return "the " + name();
  }
}
