package org.tessera.crm.communication.control;

import java.util.Locale;

/** How a short message reaches a phone. */
public enum MessageChannel {
  SMS,
  WHATSAPP;

  /** The name a gateway knows the channel by: {@code sms}, {@code whatsapp}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
