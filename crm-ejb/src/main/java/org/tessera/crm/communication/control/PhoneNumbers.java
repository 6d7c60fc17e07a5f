package org.tessera.crm.communication.control;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * A light check of phone numbers as people type them: an optional {@code +} and 6 to 15 digits once
 * spaces, dashes, dots and parentheses are taken out. It does not know country plans.
 */
public final class PhoneNumbers {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()]");
  private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{6,15}");

  private PhoneNumbers() {}

  /**
   * @return the number without separators, e.g. {@code +4930123456}
   * @throws IllegalArgumentException when it is not a phone number
   */
  public static String normalized(String number) {
    String digits = number == null ? "" : SEPARATORS.matcher(number).replaceAll("");
    if (!NUMBER.matcher(digits).matches()) {
      throw new IllegalArgumentException(
          "Not a phone number: \""
              + number
              + "\" (expected an optional + and 6 to 15 digits, spaces and dashes allowed)");
    }
    return digits;
  }

  /** The number as a {@code tel:} link, e.g. {@code tel:+4930123456}. */
  public static URI telUri(String number) {
    return URI.create("tel:" + normalized(number));
  }
}
