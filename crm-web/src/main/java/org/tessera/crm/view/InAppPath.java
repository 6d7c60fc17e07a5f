package org.tessera.crm.view;

import java.util.regex.Pattern;

/**
 * A page path inside this application, such as {@code /items/list.xhtml?type=deal}. Anything else a
 * "continue" parameter may carry (another host, a scheme, a protocol-relative URL) is dropped, so
 * the sign-in page cannot be used to send people elsewhere.
 */
public final class InAppPath {

  private static final Pattern SAFE = Pattern.compile("/(?![/\\\\])[^\\s\\\\]{0,500}");

  private InAppPath() {}

  /** The path if it is one of ours, else null. */
  public static String of(String candidate) {
    return candidate != null && SAFE.matcher(candidate).matches() && !candidate.contains("://")
        ? candidate
        : null;
  }
}
