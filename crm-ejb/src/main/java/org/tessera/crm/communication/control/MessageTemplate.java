package org.tessera.crm.communication.control;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {Item.Title}} and {@code {Client}} placeholders in a subject or body. A placeholder
 * without a value stays as written, so that the sender sees it before the client does.
 */
public final class MessageTemplate {

  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{(\\p{L}[\\p{L}\\p{N}_]*(?:\\.[\\p{L}\\p{N}_]+)*)}");

  private MessageTemplate() {}

  public static String fill(String text, Map<String, String> values) {
    return PLACEHOLDER
        .matcher(text)
        .replaceAll(placeholder -> Matcher.quoteReplacement(valueOf(placeholder, values)));
  }

  private static String valueOf(MatchResult placeholder, Map<String, String> values) {
    String value = values.get(placeholder.group(1));
    return value == null ? placeholder.group() : value;
  }

  /** The placeholders of the text that are not among the known names, each once, in order. */
  public static List<String> unknown(String text, Set<String> known) {
    return PLACEHOLDER
        .matcher(text)
        .results()
        .map(placeholder -> placeholder.group(1))
        .filter(name -> !known.contains(name))
        .distinct()
        .toList();
  }
}
