package org.tessera.crm.communication.control;

import java.util.Objects;

/** A short message to one phone number, which is checked and stored without separators. */
public record OutgoingMessage(MessageChannel channel, String to, String text) {

  public OutgoingMessage {
    Objects.requireNonNull(channel, "channel");
    to = PhoneNumbers.normalized(to);
    Objects.requireNonNull(text, "text");
  }
}
