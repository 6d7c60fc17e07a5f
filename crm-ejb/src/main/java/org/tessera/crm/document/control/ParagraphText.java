package org.tessera.crm.document.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text of one Word paragraph as a reader sees it, joined from the {@code w:t} elements of all
 * its runs, whatever splits them: formatting, spell-check marks, revision ids, bookmarks, inserted
 * revisions, hyperlinks, content controls. Placeholders are found in the joined text and written
 * back whole into the first run they touch, so that run's formatting is kept.
 */
final class ParagraphText {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String XML = "http://www.w3.org/XML/1998/namespace";

  /** Stands in the joined text for what breaks a line of text, so no placeholder spans it. */
  private static final char BREAK = '\u0000';

  private static final Set<String> BREAKS =
      Set.of("tab", "ptab", "br", "cr", "drawing", "pict", "object", "sym");
  private static final Set<String> NOT_SHOWN = Set.of("del", "moveFrom", "instrText", "delText");

  /** A part of the joined text, from start (inclusive) to end (exclusive), and what replaces it. */
  record Span(int start, int end, String replacement) {}

  private final List<Element> texts = new ArrayList<>();
  private final List<Integer> starts = new ArrayList<>();
  private final StringBuilder joined = new StringBuilder();

  ParagraphText(Element paragraph) {
    collect(paragraph);
  }

  String joined() {
    return joined.toString();
  }

  /** The {@code w:t} element holding the character at this position of the joined text. */
  Element textAt(int position) {
    int index = 0;
    while (index + 1 < starts.size() && starts.get(index + 1) <= position) {
      index++;
    }
    return texts.get(index);
  }

  /** Writes the replacements in; spans must be in order and not overlap. */
  void replace(List<Span> spans) {
    int next = 0;
    for (int i = 0; i < texts.size(); i++) {
      int from = starts.get(i);
      int to = from + texts.get(i).getTextContent().length();
      if (next >= spans.size() || spans.get(next).start() >= to) {
        continue;
      }
      StringBuilder rewritten = new StringBuilder(to - from);
      for (int position = from; position < to; position++) {
        while (next < spans.size() && spans.get(next).end() <= position) {
          next++;
        }
        Span span = next < spans.size() ? spans.get(next) : null;
        if (span != null && position == span.start()) {
          rewritten.append(span.replacement());
        }
        if (span == null || position < span.start()) {
          rewritten.append(joined.charAt(position));
        }
      }
      Element text = texts.get(i);
      text.setTextContent(rewritten.toString());
      text.setAttributeNS(XML, "xml:space", "preserve");
    }
  }

  private void collect(Element parent) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element) {
        collectElement(element);
      }
    }
  }

  private void collectElement(Element element) {
    boolean word = W.equals(element.getNamespaceURI());
    String name = element.getLocalName();
    if (word && "t".equals(name)) {
      texts.add(element);
      starts.add(joined.length());
      joined.append(element.getTextContent());
    } else if (word && BREAKS.contains(name)) {
      // Text boxes inside drawings are paragraphs of their own, read on their own.
      joined.append(BREAK);
    } else if (!(word && ("p".equals(name) || NOT_SHOWN.contains(name)))) {
      collect(element);
    }
  }
}
