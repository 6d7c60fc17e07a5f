package org.tessera.crm.document.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxSafetyTest {

  private static final byte[] WORD_QUOTE = WordReading.resource("word-quote-en.docx");

  @Test
  void wordAndLibreOfficeDocumentsPass() {
    assertDoesNotThrow(() -> DocxSafety.defaults().check(WORD_QUOTE));
    assertDoesNotThrow(
        () -> DocxSafety.defaults().check(WordReading.resource("libreoffice-quote.docx")));
  }

  @Test
  void fileThatIsNotZipIsRefusedAsNotWord() {
    byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

    assertRefused("not a Word document", () -> DocxTemplate.open(pdf));
  }

  @Test
  void zipThatIsNotWordIsRefusedAsNotWord() throws IOException {
    byte[] zip = zip("readme.txt", "hello".getBytes(StandardCharsets.US_ASCII));

    assertRefused("not a Word document", () -> DocxTemplate.open(zip));
  }

  @Test
  void spreadsheetIsRefusedAsNotWord() throws IOException {
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("Quote").createRow(0).createCell(0).setCellValue("{Deal.Title}");
      workbook.write(xlsx);
    }

    assertRefused("not a Word document", () -> DocxTemplate.open(xlsx.toByteArray()));
  }

  @Test
  void zipBombIsRefusedBeforeItIsInflated() throws IOException {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int megabytes = 0; megabytes < 200; megabytes++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }

    assertRefused("zip bomb", () -> DocxTemplate.open(bomb.toByteArray()));
  }

  @Test
  void fileLargerThanTheLimitIsRefused() {
    DocxSafety small = new DocxSafety(1024, 1_000, 1024 * 1024, 100);

    assertRefused("larger than", () -> DocxTemplate.open(WORD_QUOTE, small));
  }

  @Test
  void fileWithTooManyPartsIsRefused() {
    DocxSafety few = new DocxSafety(1024 * 1024, 5, 1024 * 1024, 100);

    assertRefused("more than 5 parts", () -> DocxTemplate.open(WORD_QUOTE, few));
  }

  @Test
  void externalEntityIsRefusedWithClearMessage(@TempDir Path dir) throws IOException {
    byte[] hostile = withExternalEntity(dir);

    assertRefused("declares a document type", () -> DocxTemplate.open(hostile));
  }

  @Test
  void poiAloneRefusesDocumentTypeDeclarations(@TempDir Path dir) throws IOException {
    byte[] hostile = withExternalEntity(dir);

    POIXMLException refused =
        assertThrows(
            POIXMLException.class, () -> new XWPFDocument(new ByteArrayInputStream(hostile)));
    assertTrue(refused.getMessage().contains("DOCTYPE is disallowed"), refused::getMessage);
  }

  private static byte[] withExternalEntity(Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
    String document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + "<w:document xmlns:w=\""
            + ParagraphText.W
            + "\"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";
    return WordReading.withPart(
        WORD_QUOTE, "word/document.xml", document.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static void assertRefused(String expected, Runnable open) {
    TemplateRejected rejected = assertThrows(TemplateRejected.class, open::run);
    assertTrue(rejected.getMessage().contains(expected), rejected::getMessage);
    assertEquals("document.template-rejected", rejected.rule());
  }
}
