package org.tessera.crm.document.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Limits an uploaded .docx must keep before any XML in it is parsed: file size, number of entries,
 * inflated size and compression ratio (so a zip bomb is stopped while it inflates), and no document
 * type declarations (the door to XML external entities; Word never writes them).
 */
public record DocxSafety(long maxBytes, int maxEntries, long maxInflatedBytes, int maxRatio) {

  private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
  private static final int MEGABYTE = 1024 * 1024;

  /** 10 MB file, 1,000 entries, 100 MB inflated, at most 100 times smaller than inflated. */
  public static DocxSafety defaults() {
    return new DocxSafety(10L * MEGABYTE, 1_000, 100L * MEGABYTE, 100);
  }

  /** Throws {@link TemplateRejected} saying what is wrong with the file. */
  public void check(byte[] docx) {
    if (docx.length > maxBytes) {
      throw new TemplateRejected(
          "The file is larger than " + maxBytes / MEGABYTE + " MB; templates must be smaller");
    }
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      long allowedInflated = Math.min(maxInflatedBytes, (long) maxRatio * docx.length);
      Inflation inflation = new Inflation(allowedInflated);
      int entries = 0;
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > maxEntries) {
          throw new TemplateRejected(
              "The file holds more than " + maxEntries + " parts; this is not a normal document");
        }
        inflation.read(zip, isXml(entry.getName()));
      }
      if (entries == 0) {
        throw notWord(null);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw notWord(e);
    }
  }

  static TemplateRejected notWord(Exception cause) {
    return new TemplateRejected(
        "The file is not a Word document (.docx); save it from Word or LibreOffice as .docx",
        cause);
  }

  private static boolean isXml(String name) {
    return name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml");
  }

  /** Counts inflated bytes over all entries and looks for DOCTYPE in XML entries. */
  private static final class Inflation {
    private final long allowed;
    private final byte[] buffer = new byte[64 * 1024];
    private long inflated;

    Inflation(long allowed) {
      this.allowed = allowed;
    }

    void read(InputStream entry, boolean xml) throws IOException {
      int matched = 0;
      for (int n = entry.read(buffer); n >= 0; n = entry.read(buffer)) {
        inflated += n;
        if (inflated > allowed) {
          throw new TemplateRejected(
              "The file unpacks to far more than its size (a zip bomb?); it is refused");
        }
        for (int i = 0; xml && i < n; i++) {
          matched = buffer[i] == DOCTYPE[matched] ? matched + 1 : buffer[i] == '<' ? 1 : 0;
          if (matched == DOCTYPE.length) {
            throw new TemplateRejected(
                "The file declares a document type or entities, which Word never writes;"
                    + " it is refused for safety");
          }
        }
      }
    }
  }
}
