package org.tessera.crm.api.shared;

import java.util.List;

/**
 * An RFC 9457 problem body. {@code rule} names the broken business rule and {@code violations} the
 * invalid input fields, so clients can react without parsing the text.
 */
public record Problem(
    String type, String title, int status, String detail, String rule, List<Violation> violations) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid input: where it is and what is wrong with it. */
  public record Violation(String field, String message) {}

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, null, null);
  }
}
