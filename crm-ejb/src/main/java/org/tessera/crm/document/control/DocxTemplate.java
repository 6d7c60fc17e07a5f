package org.tessera.crm.document.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A Word template checked and prepared once, then rendered any number of times, from any number of
 * threads: the parts with text (body, headers, footers) are cut at their placeholders, all other
 * parts are kept as they are.
 */
public final class DocxTemplate {

  private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final System.Logger LOG = System.getLogger(DocxTemplate.class.getName());

  /** A zip entry of the template: either kept as it is, or a text part cut at its slots. */
  private record Entry(String name, byte[] kept, TemplatePart text) {}

  private final List<Entry> entries;
  private final Set<String> placeholders;
  private final Locale locale;
  private final int size;

  private DocxTemplate(List<Entry> entries, Set<String> placeholders, Locale locale, int size) {
    this.entries = entries;
    this.placeholders = Collections.unmodifiableSet(placeholders);
    this.locale = locale;
    this.size = size;
  }

  /** Opens an uploaded template within {@link DocxSafety#defaults()}. */
  public static DocxTemplate open(byte[] docx) {
    return open(docx, DocxSafety.defaults());
  }

  /** Throws {@link TemplateRejected} when the file is unsafe or not a Word document. */
  public static DocxTemplate open(byte[] docx, DocxSafety safety) {
    safety.check(docx);
    WordParts wordParts = WordParts.of(docx);
    List<Entry> entries = new ArrayList<>();
    Set<String> placeholders = new LinkedHashSet<>();
    Locale locale = DocumentFormats.supported(Locale.ENGLISH);
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String name = entry.getName();
        byte[] bytes = zip.readAllBytes();
        if (wordParts.withText().contains(name)) {
          Document part = parse(bytes);
          List<PlaceholderMarks.Mark> marks = PlaceholderMarks.mark(part);
          marks.forEach(mark -> placeholders.add(mark.name()));
          entries.add(new Entry(name, null, TemplatePart.cut(serialize(part), marks)));
        } else {
          entries.add(new Entry(name, bytes, null));
        }
        if (name.equals(wordParts.styles())) {
          locale = WordParts.language(parse(bytes));
        }
      }
    } catch (IOException e) {
      throw DocxSafety.notWord(e);
    }
    return new DocxTemplate(List.copyOf(entries), placeholders, locale, docx.length);
  }

  /** Every placeholder name found, in order of first appearance. */
  public Set<String> placeholders() {
    return placeholders;
  }

  /** The language the template is written in (its default text language), English or French. */
  public Locale locale() {
    return locale;
  }

  /** What the user should hear about the template once it is uploaded. */
  public TemplateReport check(Set<String> knownNames) {
    Set<String> misplaced = new LinkedHashSet<>();
    for (Entry entry : entries) {
      if (entry.text() == null) {
        continue;
      }
      entry.text().namesOutsideProductRows().stream()
          .filter(name -> name.startsWith(ProductTable.ROW_PREFIX))
          .forEach(misplaced::add);
    }
    return TemplateReport.of(placeholders, knownNames, misplaced);
  }

  /** The filled-in document, as .docx bytes. */
  public byte[] render(DocumentData data) {
    ByteArrayOutputStream docx = new ByteArrayOutputStream(size * 2);
    try (ZipOutputStream zip = new ZipOutputStream(docx)) {
      zip.setLevel(Deflater.BEST_SPEED);
      for (Entry entry : entries) {
        ZipEntry part = new ZipEntry(entry.name());
        // As Word does: the same data always makes the same bytes, whatever the clock says.
        part.setTimeLocal(ZIP_EPOCH);
        zip.putNextEntry(part);
        zip.write(entry.text() == null ? entry.kept() : entry.text().render(data));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docx.toByteArray();
  }

  private static Document parse(byte[] xml) {
    try {
      return XMLHelper.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (SAXException | IOException e) {
      throw new TemplateRejected("A part of the Word document is damaged: " + e.getMessage(), e);
    }
  }

  private static String serialize(Document part) {
    try {
      Transformer transformer = XMLHelper.newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.INDENT, "no");
      StringWriter xml = new StringWriter();
      transformer.transform(new DOMSource(part), new StreamResult(xml));
      return xml.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException("Cannot write back a parsed template part", e);
    }
  }

  /** Where POI finds the Word parts in the package. */
  private record WordParts(Set<String> withText, String styles) {

    static WordParts of(byte[] docx) {
      try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
        Set<String> withText = new LinkedHashSet<>();
        withText.add(entryName(document));
        document.getHeaderList().forEach(header -> withText.add(entryName(header)));
        document.getFooterList().forEach(footer -> withText.add(entryName(footer)));
        String styles = document.getStyles() == null ? null : entryName(document.getStyles());
        return new WordParts(withText, styles);
      } catch (IOException
          | POIXMLException
          | OpenXML4JRuntimeException
          | IllegalArgumentException e) {
        LOG.log(System.Logger.Level.DEBUG, "POI refused a template", e);
        throw DocxSafety.notWord(e);
      }
    }

    private static String entryName(POIXMLDocumentPart part) {
      return part.getPackagePart().getPartName().getName().substring(1);
    }

    /** The default text language of the styles, English where there is none. */
    static Locale language(Document styles) {
      NodeList defaults = styles.getElementsByTagNameNS(ParagraphText.W, "docDefaults");
      if (defaults.getLength() > 0) {
        NodeList languages =
            ((Element) defaults.item(0)).getElementsByTagNameNS(ParagraphText.W, "lang");
        if (languages.getLength() > 0) {
          String tag = ((Element) languages.item(0)).getAttributeNS(ParagraphText.W, "val");
          return DocumentFormats.supported(Locale.forLanguageTag(tag));
        }
      }
      return DocumentFormats.supported(Locale.ENGLISH);
    }
  }
}
