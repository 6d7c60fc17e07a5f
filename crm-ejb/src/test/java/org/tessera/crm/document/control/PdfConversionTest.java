package org.tessera.crm.document.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated document opens in LibreOffice, as far as turning it into a PDF. */
class PdfConversionTest {

  @Test
  void generatedDocumentConvertsToPdfWithLibreOffice(@TempDir Path dir) throws Exception {
    assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed");
    DocxTemplate template = DocxTemplate.open(WordReading.resource("word-quote-en.docx"));
    DocumentData data =
        DocumentData.builder()
            .put("Deal.Title", "Fleet renewal")
            .productRow(ProductTable.row("Van", "2", "€3,000.00", "10%", "20%", "€5,400.00"))
            .build();
    Path docx = Files.write(dir.resolve("quote.docx"), template.render(data));

    Process soffice =
        new ProcessBuilder(
                "soffice",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString(),
                docx.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();

    assertTrue(soffice.waitFor(120, TimeUnit.SECONDS), "soffice did not finish in 2 minutes");
    assertEquals(0, soffice.exitValue());
    byte[] pdf = Files.readAllBytes(dir.resolve("quote.pdf"));
    assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
  }

  private static boolean onPath(String command) {
    for (String folder : System.getenv("PATH").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(folder, command))) {
        return true;
      }
    }
    return false;
  }
}
