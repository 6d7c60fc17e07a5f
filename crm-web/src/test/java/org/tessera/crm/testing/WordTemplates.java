package org.tessera.crm.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Word templates for tests, made with POI the way Word writes them. */
public final class WordTemplates {

  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private WordTemplates() {}

  /** An offer: number, title (split over three runs), amount, one custom and one unknown field. */
  public static byte[] titleSplitOverThreeRuns() throws IOException {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph heading = document.createParagraph();
      heading.createRun().setText("Offer {Document.Number} for {Item.");
      heading.createRun().setText("Ti");
      heading.createRun().setText("tle}");
      document.createParagraph().createRun().setText("Amount: {Item.Amount}");
      document.createParagraph().createRun().setText("Margin: {Item.margin}{Item.nope}");
      document.write(out);
      return out.toByteArray();
    }
  }

  /** A letter naming the item's linked contact and company, and signed by our company. */
  public static byte[] clientAndOurCompany() throws IOException {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText("Client: {Contact.Name} ({Contact.email})");
      document.createParagraph().createRun().setText("Company: {Company.Name}, {Company.Address}");
      XWPFParagraph signature = document.createParagraph();
      signature.createRun().setText("From: {MyCompany.Name}, {MyCompany.Address}, ");
      signature.createRun().setText("IBAN {MyCompany.");
      signature.createRun().setText("Iban}");
      document.write(out);
      return out.toByteArray();
    }
  }
}
