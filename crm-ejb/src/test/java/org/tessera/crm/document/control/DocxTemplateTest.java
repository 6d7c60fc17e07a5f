package org.tessera.crm.document.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocxTemplateTest {

  private static final Pattern PARAGRAPH_ID = Pattern.compile("w14:paraId=\"([0-9A-F]+)\"");

  private static final List<String> FOUND_IN_QUOTES =
      List.of(
          "Deal.Title",
          "Contact.Name",
          "Deal.Amount",
          "Deal.Date",
          "Company.Address",
          "MyCompany.Phone",
          "MyCompany.Name",
          ProductTable.NAME,
          ProductTable.QUANTITY,
          ProductTable.PRICE,
          ProductTable.DISCOUNT,
          ProductTable.TAX,
          ProductTable.TOTAL,
          ProductTable.TAX_OF_ALL,
          ProductTable.TOTAL_OF_ALL,
          "Deal.Number",
          "Deal.ValidUntil");

  private static DocumentData quote(int products) {
    DocumentData.Builder data =
        DocumentData.builder()
            .put("Deal.Title", "Fleet renewal")
            .put("Deal.Amount", "€12,400.00")
            .put("Deal.Date", "November 23, 2026")
            .put("Deal.Number", "Q-2026-0042")
            .put("Deal.ValidUntil", "December 23, 2026")
            .put("Deal.budget_code", "B-77")
            .put("Contact.Name", "Ada Lovelace")
            .put("Company.Address", "1 Analytical Way\nLondon")
            .put("MyCompany.Name", "Tessera & Sons <Ltd>")
            .put("MyCompany.Phone", "+33 1 23 45 67 89")
            .productTotals("€12,400.00", "€2,066.67");
    for (int i = 1; i <= products; i++) {
      data.productRow(ProductTable.row("Van " + i, "2", "€3,000.00", "10%", "20%", "€5,400.00"));
    }
    return data.build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"word-quote-en.docx", "libreoffice-quote.docx"})
  void findsEveryPlaceholderWhereverWordOrLibreOfficeSplitIt(String file) {
    DocxTemplate template = DocxTemplate.open(WordReading.resource(file));

    assertTrue(
        template.placeholders().containsAll(FOUND_IN_QUOTES),
        () -> "found " + template.placeholders());
  }

  @Test
  void placeholderSplitAcrossThreeRunsWithBookmarkAndSpellMarksIsFilled() {
    XWPFDocument document = render("word-quote-en.docx", quote(1));

    assertEquals("Quote for Fleet renewal", WordReading.bodyParagraphs(document).get(0));
    assertEquals("Dear Ada Lovelace,", WordReading.bodyParagraphs(document).get(1));
  }

  @Test
  void placeholderSplitByLibreOfficeFormattingIsFilled() {
    XWPFDocument document = render("libreoffice-quote.docx", quote(1));

    assertEquals("Devis pour Fleet renewal", WordReading.bodyParagraphs(document).get(0));
  }

  @Test
  void filledTextKeepsTheFormattingOfTheRunWherePlaceholderStarts() {
    XWPFDocument document = render("word-quote-en.docx", quote(1));

    List<XWPFRun> titleRuns = document.getParagraphs().get(0).getRuns();
    XWPFRun filled =
        titleRuns.stream().filter(run -> "Fleet renewal".equals(run.text())).findFirst().get();
    assertFalse(filled.isBold());
    assertTrue(titleRuns.stream().noneMatch(run -> run.text().contains("}")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"word-quote-en.docx", "libreoffice-quote.docx"})
  void headerAndFooterPlaceholdersAreFilled(String file) {
    XWPFDocument document = render(file, quote(1));

    assertTrue(WordReading.header(document).startsWith("Tessera & Sons <Ltd>"));
    assertTrue(WordReading.header(document).endsWith("Q-2026-0042"));
    assertTrue(WordReading.footer(document).endsWith("December 23, 2026"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"word-quote-en.docx", "libreoffice-quote.docx"})
  void textBoxPlaceholderIsFilledInTheDrawingAndItsFallback(String file) {
    XWPFDocument document = render(file, quote(1));

    List<String> boxes = WordReading.textBoxParagraphs(document);
    assertEquals(2, boxes.size());
    boxes.forEach(text -> assertTrue(text.endsWith(": +33 1 23 45 67 89"), text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"word-quote-en.docx", "libreoffice-quote.docx"})
  void productRowIsRepeatedOncePerProductBetweenHeadingAndTotals(String file) {
    XWPFDocument document = render(file, quote(3));

    List<List<String>> rows = WordReading.tableRows(document);
    assertEquals(5, rows.size());
    assertEquals(List.of("Van 1", "2", "€3,000.00", "10%", "20%", "€5,400.00"), rows.get(1));
    assertEquals("Van 3", rows.get(3).get(0));
    assertEquals(List.of("Total", "€2,066.67", "€12,400.00"), rows.get(4));
  }

  @Test
  void repeatedProductRowsAddNoParagraphIdsThatWordWantsUnique() throws Exception {
    DocxTemplate template = DocxTemplate.open(WordReading.resource("word-quote-en.docx"));

    assertEquals(paragraphIds(template.render(quote(1))), paragraphIds(template.render(quote(3))));
  }

  private static List<String> paragraphIds(byte[] docx) throws IOException {
    String body = WordReading.part(docx, "word/document.xml");
    return PARAGRAPH_ID.matcher(body).results().map(id -> id.group(1)).toList();
  }

  @Test
  void productRowIsRemovedWhenThereAreNoProducts() {
    XWPFDocument document = render("word-quote-en.docx", quote(0));

    List<List<String>> rows = WordReading.tableRows(document);
    assertEquals(2, rows.size());
    assertEquals("Product", rows.get(0).get(0));
    assertEquals("Total", rows.get(1).get(0));
  }

  @Test
  void productRowKeepsItsCellFormatting() {
    XWPFDocument document = render("word-quote-en.docx", quote(2));

    XWPFRun lineTotal =
        document.getTables().get(0).getRow(2).getCell(5).getParagraphs().get(0).getRuns().get(0);
    assertEquals("€5,400.00", lineTotal.text());
    assertTrue(lineTotal.isBold());
  }

  @Test
  void valuesWithMarkupCharactersAndLineBreaksAreWrittenAsText() {
    XWPFDocument document = render("word-quote-en.docx", quote(1));

    List<String> paragraphs = WordReading.bodyParagraphs(document);
    assertTrue(paragraphs.contains("Ship to: 1 Analytical Way\nLondon"), paragraphs::toString);
    assertTrue(paragraphs.contains("From Tessera & Sons <Ltd>"), paragraphs::toString);
  }

  @Test
  void placeholderWithoutValueIsLeftEmpty() {
    XWPFDocument document = render("word-quote-en.docx", quote(1));

    assertTrue(WordReading.bodyParagraphs(document).contains("Budget code: B-77 "));
  }

  @Test
  void languageOfTheTemplateComesFromItsDefaultTextLanguage() {
    assertEquals(Locale.US, DocxTemplate.open(WordReading.resource("word-quote-en.docx")).locale());
    assertEquals(
        Locale.FRANCE, DocxTemplate.open(WordReading.resource("word-quote-fr.docx")).locale());
    assertEquals(
        Locale.FRANCE, DocxTemplate.open(WordReading.resource("libreoffice-quote.docx")).locale());
  }

  @Test
  void checkFlagsUnknownPlaceholders() {
    DocxTemplate template = DocxTemplate.open(WordReading.resource("word-quote-en.docx"));
    Set<String> known = new HashSet<>(FOUND_IN_QUOTES);
    known.add("Deal.budget_code");

    TemplateReport report = template.check(known);

    assertEquals(Set.of("Deal.Unknwon"), report.unknown());
    assertTrue(report.found().containsAll(known));
    assertTrue(report.outsideProductRow().isEmpty());
    assertFalse(report.isClean());
  }

  @Test
  void checkFlagsProductPlaceholdersOutsideATableRow() {
    byte[] docx =
        WordReading.quoteWithBody(
            "<w:p><w:r><w:t>{Product.Name} for {Deal.Title}</w:t></w:r></w:p>");

    DocxTemplate template = DocxTemplate.open(docx);

    TemplateReport report = template.check(template.placeholders());

    assertEquals(Set.of(ProductTable.NAME), report.outsideProductRow());
    assertTrue(report.unknown().isEmpty());
  }

  @Test
  void privateUseCharactersOfTheTemplateStayAsTheyAre() {
    byte[] docx =
        WordReading.quoteWithBody(
            "<w:p><w:r><w:t>\uE000\uE0011\uE001 {Deal.Title} \uE000x</w:t></w:r></w:p>");

    XWPFDocument document =
        WordReading.open(
            DocxTemplate.open(docx).render(DocumentData.builder().put("Deal.Title", "T").build()));

    assertEquals(List.of("\uE000\uE0011\uE001 T \uE000x"), WordReading.bodyParagraphs(document));
  }

  @Test
  void oneTemplateRendersTheSameDocumentFromManyThreads() {
    DocxTemplate template = DocxTemplate.open(WordReading.resource("word-quote-en.docx"));
    byte[] expected = template.render(quote(20));

    List<byte[]> rendered =
        IntStream.range(0, 64).parallel().mapToObj(i -> template.render(quote(20))).toList();

    rendered.forEach(docx -> assertTrue(Arrays.equals(expected, docx)));
  }

  private static XWPFDocument render(String file, DocumentData data) {
    return WordReading.open(DocxTemplate.open(WordReading.resource(file)).render(data));
  }
}
