package org.tessera.crm.document.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/** Reads documents back with POI, the way a test wants to look at them. */
final class WordReading {

  private WordReading() {}

  static byte[] resource(String name) {
    try (InputStream in = WordReading.class.getResourceAsStream("/documents/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One part of the document as text. */
  static String part(byte[] docx, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new IllegalArgumentException("no part " + name);
  }

  /** The document with one part replaced, the others as they were. */
  static byte[] withPart(byte[] docx, String name, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(entry.getName().equals(name) ? content : in.readAllBytes());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The Word-like quote with this body, in the namespaces Word declares. */
  static byte[] quoteWithBody(String bodyXml) {
    String document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\""
            + ParagraphText.W
            + "\"><w:body>"
            + bodyXml
            + "</w:body></w:document>";
    return withPart(
        resource("word-quote-en.docx"),
        "word/document.xml",
        document.getBytes(StandardCharsets.UTF_8));
  }

  static XWPFDocument open(byte[] docx) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(docx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> bodyParagraphs(XWPFDocument document) {
    return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
  }

  static String header(XWPFDocument document) {
    return document.getHeaderList().get(0).getText().strip();
  }

  static String footer(XWPFDocument document) {
    return document.getFooterList().get(0).getText().strip();
  }

  /** Each row of the first table as its cells' texts. */
  static List<List<String>> tableRows(XWPFDocument document) {
    XWPFTable table = document.getTables().get(0);
    List<List<String>> rows = new ArrayList<>();
    for (XWPFTableRow row : table.getRows()) {
      rows.add(row.getTableCells().stream().map(cell -> cell.getText().strip()).toList());
    }
    return rows;
  }

  /** The text of every text box paragraph, Word's drawing and its VML fallback alike. */
  static List<String> textBoxParagraphs(XWPFDocument document) {
    List<String> texts = new ArrayList<>();
    XmlObject[] paragraphs =
        document
            .getDocument()
            .selectPath("declare namespace w='" + ParagraphText.W + "' .//w:txbxContent/w:p");
    for (XmlObject paragraph : paragraphs) {
      try (XmlCursor cursor = paragraph.newCursor()) {
        texts.add(cursor.getTextValue());
      }
    }
    return texts;
  }
}
