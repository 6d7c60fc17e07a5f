package org.tessera.crm.document.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One XML part of a template cut into fixed bytes, placeholder slots and repeated product rows;
 * rendering writes the pieces out, so a document costs no XML parsing.
 */
final class TemplatePart {

  private sealed interface Piece permits Fixed, Slot, ProductRow {}

  private record Fixed(byte[] bytes) implements Piece {}

  private record Slot(String name, WordText text) implements Piece {}

  private record ProductRow(List<Piece> pieces) implements Piece {}

  private final List<Piece> pieces;
  private final int size;

  private TemplatePart(List<Piece> pieces, int size) {
    this.pieces = pieces;
    this.size = size;
  }

  /** Cuts a part serialized after {@link PlaceholderMarks#mark} at its markers. */
  static TemplatePart cut(String markedXml, List<PlaceholderMarks.Mark> marks) {
    Cutter cutter = new Cutter(markedXml, marks);
    return new TemplatePart(cutter.pieces(false), markedXml.length());
  }

  /** The names in slots outside any product row. */
  List<String> namesOutsideProductRows() {
    return pieces.stream().filter(Slot.class::isInstance).map(p -> ((Slot) p).name()).toList();
  }

  byte[] render(DocumentData data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(size + size / 2);
    write(pieces, data, Map.of(), out);
    return out.toByteArray();
  }

  private static void write(
      List<Piece> pieces, DocumentData data, Map<String, String> row, ByteArrayOutputStream out) {
    for (Piece piece : pieces) {
      if (piece instanceof Fixed fixed) {
        out.writeBytes(fixed.bytes());
      } else if (piece instanceof Slot slot) {
        String value = row.get(slot.name());
        out.writeBytes(slot.text().utf8(value != null ? value : data.value(slot.name())));
      } else if (piece instanceof ProductRow productRow) {
        for (Map<String, String> product : data.productRows()) {
          write(productRow.pieces(), data, product, out);
        }
      }
    }
  }

  /** Reads the marked XML from left to right. */
  private static final class Cutter {
    private final String xml;
    private final List<PlaceholderMarks.Mark> marks;
    private int position;

    Cutter(String xml, List<PlaceholderMarks.Mark> marks) {
      this.xml = xml;
      this.marks = marks;
    }

    List<Piece> pieces(boolean inRow) {
      List<Piece> pieces = new ArrayList<>();
      while (position < xml.length()) {
        int slot = xml.indexOf(PlaceholderMarks.SLOT_START, position);
        int rowStart = xml.indexOf(PlaceholderMarks.ROW_START, position);
        int rowEnd = inRow ? xml.indexOf(PlaceholderMarks.ROW_END, position) : -1;
        int next = first(first(slot, rowStart), rowEnd);
        pieces.add(fixed(next < 0 ? xml.length() : next));
        if (next < 0) {
          break;
        } else if (next == slot) {
          slot(slot, pieces);
        } else if (next == rowStart) {
          position = rowStart + PlaceholderMarks.ROW_START.length();
          pieces.add(new ProductRow(pieces(true)));
        } else {
          position = rowEnd + PlaceholderMarks.ROW_END.length();
          break;
        }
      }
      pieces.removeIf(piece -> piece instanceof Fixed fixed && fixed.bytes().length == 0);
      return List.copyOf(pieces);
    }

    /** A slot marker, or a private-use character the template itself holds, kept as text. */
    private void slot(int start, List<Piece> pieces) {
      int end = xml.indexOf(PlaceholderMarks.SLOT_END, start);
      String number = end < 0 ? "" : xml.substring(start + 1, end);
      if (number.isEmpty()
          || number.length() > 6
          || !number.chars().allMatch(Character::isDigit)
          || Integer.parseInt(number) >= marks.size()) {
        position = start;
        pieces.add(fixed(start + 1));
        return;
      }
      PlaceholderMarks.Mark mark = marks.get(Integer.parseInt(number));
      pieces.add(new Slot(mark.name(), mark.text()));
      position = end + 1;
    }

    private Fixed fixed(int end) {
      Fixed fixed = new Fixed(xml.substring(position, end).getBytes(StandardCharsets.UTF_8));
      position = end;
      return fixed;
    }

    private static int first(int a, int b) {
      return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
  }
}
