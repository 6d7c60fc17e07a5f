package org.tessera.crm.communication.control;

/** A mail server could not be reached, refused the login or the message; the message says which. */
public class MailFailed extends RuntimeException {

  public MailFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
