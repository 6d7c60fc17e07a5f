package org.tessera.crm.bench.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The benchmark's quote: 30 placeholders in a header, body paragraphs and a totals row, every third
 * one split across three runs with a bold middle as Word leaves them, and a product table whose
 * template row the engine repeats. Each engine gets the same document in its own tag spelling.
 */
final class QuoteTemplate {

  static final List<String> FIELDS =
      List.of(
          "Deal.Title",
          "Deal.Number",
          "Deal.Amount",
          "Deal.Date",
          "Deal.ValidUntil",
          "Deal.Stage",
          "Deal.Responsible",
          "Deal.Source",
          "Deal.Currency",
          "Deal.cf_budget",
          "Deal.Comment",
          "Deal.PaymentTerms",
          "Contact.Name",
          "Contact.Email",
          "Contact.Phone",
          "Contact.Position",
          "Company.Name",
          "Company.Address",
          "Company.VatNumber",
          "Company.Phone",
          "Company.Email",
          "Company.Website",
          "MyCompany.Address",
          "MyCompany.Phone",
          "MyCompany.Email",
          "MyCompany.Iban",
          "MyCompany.VatNumber",
          "MyCompany.Name");
  static final List<String> TOTALS = List.of("Products.Tax", "Products.Total");
  static final List<String> COLUMNS =
      List.of("Name", "Quantity", "Price", "Discount", "Tax", "Total");

  /** How an engine spells its tags. */
  record Spelling(UnaryOperator<String> field, UnaryOperator<String> column, String rowStart) {}

  static final Spelling TESSERA =
      new Spelling(name -> "{" + name + "}", c -> "{Product." + c + "}", "");

  /** poi-tl, configured for single braces: its loop row tags and the tag that starts the loop. */
  static final Spelling POI_TL =
      new Spelling(name -> "{" + name + "}", c -> "[" + c + "]", "{products}");

  private int placed;

  static byte[] docx(Spelling spelling) throws IOException {
    return new QuoteTemplate().write(spelling);
  }

  private byte[] write(Spelling spelling) throws IOException {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph header = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
      placeholder(header, spelling.field().apply("MyCompany.Name"));
      for (String field : FIELDS.subList(0, FIELDS.size() - 1)) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().setText(field.substring(field.indexOf('.') + 1) + ": ");
        placeholder(paragraph, spelling.field().apply(field));
      }
      productTable(document, spelling);
      document.createParagraph().createRun().setText("Thank you for your business.");
      document.write(out);
      return out.toByteArray();
    }
  }

  private void productTable(XWPFDocument document, Spelling spelling) {
    XWPFTable table = document.createTable(3, COLUMNS.size());
    XWPFTableRow heading = table.getRow(0);
    XWPFTableRow product = table.getRow(1);
    for (int c = 0; c < COLUMNS.size(); c++) {
      heading.getCell(c).setText(COLUMNS.get(c));
      XWPFParagraph cell = product.getCell(c).getParagraphs().get(0);
      if (c == 0 && !spelling.rowStart().isEmpty()) {
        cell.createRun().setText(spelling.rowStart());
      }
      placeholder(cell, spelling.column().apply(COLUMNS.get(c)));
    }
    XWPFTableRow totals = table.getRow(2);
    totals.getCell(0).setText("Total");
    placeholder(totals.getCell(4).getParagraphs().get(0), spelling.field().apply(TOTALS.get(0)));
    placeholder(totals.getCell(5).getParagraphs().get(0), spelling.field().apply(TOTALS.get(1)));
  }

  private void placeholder(XWPFParagraph paragraph, String tag) {
    if (placed++ % 3 != 0) {
      paragraph.createRun().setText(tag);
      return;
    }
    paragraph.createRun().setText(tag.substring(0, 3));
    XWPFRun bold = paragraph.createRun();
    bold.setBold(true);
    bold.setText(tag.substring(3, tag.length() - 2));
    paragraph.createRun().setText(tag.substring(tag.length() - 2));
  }
}
