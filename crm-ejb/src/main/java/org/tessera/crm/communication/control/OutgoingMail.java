package org.tessera.crm.communication.control;

import java.util.List;

/** A plain-text mail to one or more addresses. */
public record OutgoingMail(List<String> to, String subject, String body) {

  public OutgoingMail {
    if (to == null || to.isEmpty()) {
      throw new IllegalArgumentException("A mail needs at least one recipient");
    }
    to = List.copyOf(to);
    // A subject is one header line; a line break from a filled placeholder must not start another.
    subject = subject == null ? "" : subject.replaceAll("[\\r\\n]+", " ");
    body = body == null ? "" : body;
  }

  public OutgoingMail(String to, String subject, String body) {
    this(List.of(to), subject, body);
  }
}
