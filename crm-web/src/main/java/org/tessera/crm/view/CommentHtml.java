package org.tessera.crm.view;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comment as safe HTML: everything the author typed is escaped, then web addresses become links
 * that open apart from the CRM. Line breaks stay line breaks.
 */
public final class CommentHtml {

  /** A web address, without the punctuation that ends the sentence around it. */
  private static final Pattern WEB_ADDRESS =
      Pattern.compile("https?://[^\\s<>\"']*[^\\s<>\"'.,;:!?)]");

  private CommentHtml() {}

  public static String of(String text) {
    if (text == null) {
      return "";
    }
    String escaped = escape(text);
    Matcher addresses = WEB_ADDRESS.matcher(escaped);
    StringBuilder html = new StringBuilder();
    while (addresses.find()) {
      String address = addresses.group();
      addresses.appendReplacement(
          html,
          Matcher.quoteReplacement(
              "<a href=\""
                  + address
                  + "\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">"
                  + address
                  + "</a>"));
    }
    addresses.appendTail(html);
    return html.toString().replace("\n", "<br/>");
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        case '\r' -> {}
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
