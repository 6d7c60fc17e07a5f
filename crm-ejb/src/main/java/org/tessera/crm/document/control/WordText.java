package org.tessera.crm.document.control;

import java.nio.charset.StandardCharsets;
import org.w3c.dom.Element;

/**
 * A value as it goes inside an open {@code w:t} element: XML-escaped, line breaks and tabs as
 * Word's own break and tab elements, and characters XML cannot carry left out.
 */
final class WordText {

  private final String lineBreak;
  private final String tab;

  private WordText(String prefix) {
    String w = prefix == null ? "" : prefix + ":";
    String reopen = "<" + w + "t xml:space=\"preserve\">";
    this.lineBreak = "</" + w + "t><" + w + "br/>" + reopen;
    this.tab = "</" + w + "t><" + w + "tab/>" + reopen;
  }

  /** For values written inside this text element, with its namespace prefix. */
  static WordText inside(Element text) {
    return new WordText(text.getPrefix());
  }

  byte[] utf8(String value) {
    StringBuilder xml = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String replacement = replacement(c, i + 1 < value.length() ? value.charAt(i + 1) : 0);
      if (replacement != null && xml == null) {
        xml = new StringBuilder(value.length() + 16).append(value, 0, i);
      }
      if (xml != null) {
        if (replacement != null) {
          xml.append(replacement);
        } else {
          xml.append(c);
        }
      }
    }
    return (xml == null ? value : xml.toString()).getBytes(StandardCharsets.UTF_8);
  }

  private String replacement(char c, char next) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '\n' -> lineBreak;
      case '\r' -> next == '\n' ? "" : lineBreak;
      case '\t' -> tab;
      default -> c < 0x20 || c == 0xFFFE || c == 0xFFFF ? "" : null;
    };
  }
}
