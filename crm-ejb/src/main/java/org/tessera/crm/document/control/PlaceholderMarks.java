package org.tessera.crm.document.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Turns every placeholder of one XML part into a marker that stands whole in a single {@code w:t}
 * element, and brackets each product table row with comments, so that the serialized part can be
 * cut once into fixed bytes and slots instead of being parsed again for every document.
 */
final class PlaceholderMarks {

  /** {@code {Deal.Title}}, {@code { Company.Address }}, {@code {Deal.budget_code}}. */
  static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\s*(\\p{L}[\\p{L}\\p{N}_-]*(?:\\.[\\p{L}\\p{N}_-]+)*)\\s*}");

  private static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

  static final char SLOT_START = '\uE000';
  static final char SLOT_END = '\uE001';
  static final String ROW_START = "<!--tessera:product-row-->";
  static final String ROW_END = "<!--tessera:product-row-end-->";

  /** A placeholder found, and how its value is written where it stands. */
  record Mark(String name, WordText text) {}

  private final List<Mark> slots = new ArrayList<>();
  private final Set<Element> productRows = new LinkedHashSet<>();

  /** Marks the part in place and returns the placeholder of each slot, by slot number. */
  static List<Mark> mark(Document part) {
    PlaceholderMarks marks = new PlaceholderMarks();
    NodeList paragraphs = part.getElementsByTagNameNS(ParagraphText.W, "p");
    List<Element> all = new ArrayList<>(paragraphs.getLength());
    for (int i = 0; i < paragraphs.getLength(); i++) {
      all.add((Element) paragraphs.item(i));
    }
    all.forEach(marks::markParagraph);
    marks.bracketProductRows(part);
    return marks.slots;
  }

  private void markParagraph(Element paragraph) {
    ParagraphText text = new ParagraphText(paragraph);
    Matcher placeholder = PLACEHOLDER.matcher(text.joined());
    List<ParagraphText.Span> spans = new ArrayList<>();
    while (placeholder.find()) {
      String name = placeholder.group(1);
      String marker = SLOT_START + Integer.toString(slots.size()) + SLOT_END;
      Element first = text.textAt(placeholder.start());
      slots.add(new Mark(name, WordText.inside(first)));
      spans.add(new ParagraphText.Span(placeholder.start(), placeholder.end(), marker));
      if (name.startsWith(ProductTable.ROW_PREFIX)) {
        Element row = enclosingRow(first);
        if (row != null) {
          productRows.add(row);
        }
      }
    }
    if (!spans.isEmpty()) {
      text.replace(spans);
    }
  }

  private static Element enclosingRow(Element text) {
    for (Node node = text.getParentNode(); node instanceof Element element; ) {
      if (ParagraphText.W.equals(element.getNamespaceURI())
          && "tr".equals(element.getLocalName())) {
        return element;
      }
      node = element.getParentNode();
    }
    return null;
  }

  private void bracketProductRows(Document part) {
    for (Element row : productRows) {
      withoutParagraphIds(row);
      row.getParentNode().insertBefore(part.createComment(comment(ROW_START)), row);
      row.getParentNode().insertBefore(part.createComment(comment(ROW_END)), row.getNextSibling());
    }
  }

  /** Word wants paragraph ids unique and makes new ones where they are missing. */
  private static void withoutParagraphIds(Element row) {
    row.removeAttributeNS(W14, "paraId");
    row.removeAttributeNS(W14, "textId");
    NodeList paragraphs = row.getElementsByTagNameNS(ParagraphText.W, "p");
    for (int i = 0; i < paragraphs.getLength(); i++) {
      ((Element) paragraphs.item(i)).removeAttributeNS(W14, "paraId");
      ((Element) paragraphs.item(i)).removeAttributeNS(W14, "textId");
    }
  }

  private static String comment(String serialized) {
    return serialized.substring("<!--".length(), serialized.length() - "-->".length());
  }
}
