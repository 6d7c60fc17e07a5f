package org.tessera.crm.shared.entity;

import java.util.Locale;

/** Text searches in JPQL {@code like}: wildcards a user types are dropped, not interpreted. */
public final class LikePattern {

  private LikePattern() {}

  /** Matches lower-cased values holding the text anywhere. */
  public static String containing(String text) {
    return "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
  }
}
