package org.tessera.crm.document.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A generated document opens in LibreOffice, as far as turning it into a PDF. */
class PdfConverterTest {

  private static final Duration TWO_MINUTES = Duration.ofMinutes(2);

  @Test
  void generatedDocumentConvertsToPdfWithLibreOffice() {
    PdfConverter converter = new PdfConverter("soffice", TWO_MINUTES);
    assumeTrue(converter.isAvailable(), "LibreOffice (soffice) is not installed");
    DocxTemplate template = DocxTemplate.open(WordReading.resource("word-quote-en.docx"));
    DocumentData data =
        DocumentData.builder()
            .put("Deal.Title", "Fleet renewal")
            .productRow(ProductTable.row("Van", "2", "€3,000.00", "10%", "20%", "€5,400.00"))
            .build();

    byte[] pdf = converter.convert(template.render(data));

    assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
  }

  @Test
  void withoutLibreOfficeNothingIsOfferedAndAConversionSaysWhy() {
    PdfConverter missing = new PdfConverter("/nowhere/soffice", TWO_MINUTES);

    assertFalse(missing.isAvailable());
    PdfFailed failed = assertThrows(PdfFailed.class, () -> missing.convert(new byte[] {1}));
    assertTrue(failed.getMessage().contains("not installed"), failed.getMessage());
  }
}
