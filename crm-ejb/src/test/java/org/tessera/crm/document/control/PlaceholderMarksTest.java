package org.tessera.crm.document.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class PlaceholderMarksTest {

  private static final String SLOT_0 = "\uE0000\uE001";
  private static final String SLOT_1 = "\uE0001\uE001";

  private static Document body(String paragraphs) throws Exception {
    String xml =
        "<w:document xmlns:w='"
            + ParagraphText.W
            + "'><w:body>"
            + paragraphs
            + "</w:body></w:document>";
    return XMLHelper.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> mark(Document part) {
    return PlaceholderMarks.mark(part).stream().map(PlaceholderMarks.Mark::name).toList();
  }

  private static List<String> texts(Document part) {
    NodeList texts = part.getElementsByTagNameNS(ParagraphText.W, "t");
    List<String> all = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      all.add(texts.item(i).getTextContent());
    }
    return all;
  }

  @Test
  void placeholderSplitAcrossThreeRunsStandsWholeInTheFirst() throws Exception {
    Document part =
        body(
            "<w:p><w:r><w:t>Hello {De</w:t></w:r><w:proofErr w:type='spellStart'/>"
                + "<w:r><w:rPr><w:b/></w:rPr><w:t>al.Ti</w:t></w:r><w:proofErr w:type='spellEnd'/>"
                + "<w:bookmarkStart w:id='0' w:name='x'/><w:r><w:t>tle}!</w:t></w:r></w:p>");

    List<String> slots = mark(part);

    assertEquals(List.of("Deal.Title"), slots);
    assertEquals(List.of("Hello " + SLOT_0, "", "!"), texts(part));
  }

  @Test
  void twoPlaceholdersInOneRunAndSpacesInsideBracesAreFound() throws Exception {
    Document part =
        body("<w:p><w:r><w:t>{ Deal.Title } and {Deal.cf_budget-code}</w:t></w:r></w:p>");

    assertEquals(List.of("Deal.Title", "Deal.cf_budget-code"), mark(part));
    assertEquals(List.of(SLOT_0 + " and " + SLOT_1), texts(part));
  }

  @Test
  void braceTextThatIsNoPlaceholderIsLeftAlone() throws Exception {
    Document part =
        body(
            "<w:p><w:r><w:t>{not closed</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>{1st}, {}, {Deal.</w:t><w:tab/><w:t>Title}</w:t></w:r></w:p>");

    assertEquals(List.of(), mark(part));
    assertEquals(List.of("{not closed", "{1st}, {}, {Deal.", "Title}"), texts(part));
  }

  @Test
  void deletedRevisionsAndFieldCodesAreNotText() throws Exception {
    Document part =
        body(
            "<w:p><w:r><w:t>{Deal.</w:t></w:r><w:del><w:r><w:delText>X}</w:delText></w:r></w:del>"
                + "<w:ins><w:r><w:t>Title}</w:t></w:r></w:ins>"
                + "<w:r><w:instrText>{Deal.Secret}</w:instrText></w:r></w:p>");

    assertEquals(List.of("Deal.Title"), mark(part));
  }

  @Test
  void placeholdersInHyperlinksContentControlsAndSmartTagsAreFound() throws Exception {
    Document part =
        body(
            "<w:p><w:hyperlink r:id='rId5' xmlns:r='urn:r'><w:r><w:t>{Company.</w:t></w:r>"
                + "</w:hyperlink><w:sdt><w:sdtContent><w:r><w:t>Website}</w:t></w:r>"
                + "</w:sdtContent></w:sdt><w:smartTag><w:r><w:t>{Deal.Date}</w:t></w:r></w:smartTag>"
                + "</w:p>");

    assertEquals(List.of("Company.Website", "Deal.Date"), mark(part));
  }

  @Test
  void productPlaceholderMarksItsTableRowForRepeating() throws Exception {
    Document part =
        body(
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Name</w:t></w:r></w:p></w:tc></w:tr>"
                + "<w:tr><w:tc><w:p><w:r><w:t>{Product.Name}</w:t></w:r></w:p></w:tc></w:tr>"
                + "</w:tbl>");

    PlaceholderMarks.mark(part);

    NodeList rows = part.getElementsByTagNameNS(ParagraphText.W, "tr");
    assertEquals("tessera:product-row", rows.item(1).getPreviousSibling().getNodeValue());
    assertEquals("tessera:product-row-end", rows.item(1).getNextSibling().getNodeValue());
  }
}
