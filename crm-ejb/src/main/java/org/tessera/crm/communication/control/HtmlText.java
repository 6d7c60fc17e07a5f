package org.tessera.crm.communication.control;

import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable text of an HTML mail body, for mails that come without a plain-text part. Every step
 * scans the mail once, so a crafted mail cannot stall a fetch.
 */
final class HtmlText {

  private static final Pattern HIDDEN_START =
      Pattern.compile("(?i)<(script\\b|style\\b|head\\b|!--)");
  private static final Map<String, Pattern> HIDDEN_END =
      Map.of(
          "script", Pattern.compile("(?i)</script\\s*>"),
          "style", Pattern.compile("(?i)</style\\s*>"),
          "head", Pattern.compile("(?i)</head\\s*>"),
          "!--", Pattern.compile("-->"));
  private static final Pattern LINE_BREAK =
      Pattern.compile(
          "(?i)<br\\b[^<>]*>|</(p|div|li|tr|table|h[1-6]|blockquote|pre|header|footer|section|article)\\s?>");
  // No '<' inside, so an unclosed '<' costs one step to the next one, not a scan to the end.
  private static final Pattern TAG = Pattern.compile("<[^<>]*>");
  private static final Pattern ENTITY =
      Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0]+");

  private HtmlText() {}

  static String of(String html) {
    // Line breaks in HTML source are spaces; only the markup breaks lines.
    String text = visible(html).replaceAll("\\s+", " ");
    text = LINE_BREAK.matcher(text).replaceAll("\n");
    text = TAG.matcher(text).replaceAll("");
    text = ENTITY.matcher(text).replaceAll(entity -> Matcher.quoteReplacement(decoded(entity)));
    text = SPACES.matcher(text).replaceAll(" ");
    text = text.replace(" \n", "\n").replace("\n ", "\n");
    return text.replaceAll("\n{3,}", "\n\n").strip();
  }

  /** Without scripts, styles, the head and comments; an unclosed one hides the rest. */
  private static String visible(String html) {
    StringBuilder kept = new StringBuilder(html.length());
    Matcher start = HIDDEN_START.matcher(html);
    int at = 0;
    while (start.find(at)) {
      kept.append(html, at, start.start());
      Matcher end = HIDDEN_END.get(start.group(1).toLowerCase(Locale.ROOT)).matcher(html);
      if (!end.find(start.end())) {
        return kept.toString();
      }
      at = end.end();
    }
    return kept.append(html, at, html.length()).toString();
  }

  private static String decoded(MatchResult entity) {
    if (entity.group(1) != null) {
      return character(Integer.parseInt(entity.group(1)), entity);
    }
    if (entity.group(2) != null) {
      return character(Integer.parseInt(entity.group(2), 16), entity);
    }
    return switch (entity.group(3)) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> " ";
      default -> entity.group();
    };
  }

  private static String character(int codePoint, MatchResult entity) {
    return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : entity.group();
  }
}
