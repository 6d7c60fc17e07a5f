package org.tessera.crm.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.crm.document.control.PdfConverter;
import org.tessera.crm.testing.Api;
import org.tessera.crm.testing.Api.Reply;
import org.tessera.crm.testing.ApiTest;
import org.tessera.crm.testing.CrmDeployment;
import org.tessera.crm.testing.WordTemplates;

/** Word documents from templates through the REST API: upload, check, generate, visibility. */
class DocumentsApiIT extends ApiTest {

  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private String type;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @BeforeEach
  void newType() {
    type = admin().newItemType("d", "Offers", true, true);
  }

  @Test
  void aQuoteIsNumberedStoredOnTheTimelineAndLeavesOutFieldsTheUserMayNotSee() throws Exception {
    long margin = admin().newField(type, "margin", "DECIMAL", "");
    JsonObject template = upload(template()).json();
    assertTrue(template.getJsonArray("placeholders").toString().contains("Item.Title"));
    assertEquals("[\"Item.nope\"]", template.getJsonArray("unknown").toString());

    long julie = as("julie").get("users/me").json().getJsonNumber("id").longValue();
    admin().put("fields/" + margin + "/visibility", "{\"userIds\":[" + julie + "]}");
    long item =
        as("julie")
            .post(
                "items",
                "{\"typeCode\":\""
                    + type
                    + "\",\"title\":\"Roll-out\",\"amount\":1200,\"currency\":\"EUR\","
                    + "\"fields\":{\"margin\":42.5}}")
            .json()
            .getJsonNumber("id")
            .longValue();
    long templateId = template.getJsonNumber("id").longValue();
    assertEquals(
        List.of(templateId),
        as("sophie")
            .get(documents(item) + "/templates")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(choice -> choice.getJsonNumber("id").longValue())
            .toList());

    int year = LocalDate.now(ZoneOffset.UTC).getYear();
    String byJulie =
        text(as("julie"), item, generate(as("julie"), item, templateId, "O-" + year + "-1"));
    assertTrue(byJulie.contains("Offer O-" + year + "-1 for Roll-out"), byJulie);
    assertTrue(byJulie.contains("Amount: €1,200.00"), byJulie);
    assertTrue(byJulie.contains("Margin: 42.5"), byJulie);

    String bySophie =
        text(as("sophie"), item, generate(as("sophie"), item, templateId, "O-" + year + "-2"));
    assertTrue(bySophie.contains("for Roll-out"), bySophie);
    assertFalse(bySophie.contains("42"), bySophie);

    JsonObject newest =
        admin().get("items/" + item + "/timeline").json().getJsonArray("content").getJsonObject(0);
    assertEquals("DOCUMENT_CREATED", newest.getString("kind"));
    assertEquals("O-" + year + "-2", newest.getString("text"));
    assertFalse(newest.isNull("fileId"));

    long documentId =
        as("sophie").get(documents(item)).array().getJsonObject(0).getJsonNumber("id").longValue();
    Reply pdf = as("sophie").get(documents(item) + "/" + documentId + "/pdf");
    if (new PdfConverter("soffice", Duration.ofMinutes(2)).isAvailable()) {
      assertEquals(200, pdf.status(), pdf.toString());
      assertTrue(pdf.body().startsWith("%PDF-"));
    } else {
      assertEquals(422, pdf.status(), pdf.toString());
      assertEquals("document.no-pdf", pdf.json().getString("rule"));
    }
  }

  @Test
  void aDocumentCarriesTheLinkedContactAndCompanyAndOurCompanysDetails() throws Exception {
    JsonObject mine = admin().get("my-company").json();
    long version = mine.getJsonNumber("version").longValue();
    String ours =
        "{\"name\":\"Tessera SAS\",\"address\":\"1 rue de la Paix, Paris\","
            + "\"iban\":\"FR76 3000 6000 0112 3456 7890 189\",\"bic\":\"AGRIFRPP\"}";
    assertEquals(403, as("marc").put("my-company?version=" + version, ours).status());
    Reply notAnIban = admin().put("my-company?version=" + version, ours.replace("FR76", "76FR"));
    assertEquals(400, notAnIban.status(), notAnIban.toString());
    assertTrue(notAnIban.body().contains("iban"), notAnIban.toString());
    Reply saved = admin().put("my-company?version=" + version, ours);
    assertEquals(200, saved.status(), saved.toString());
    assertEquals(409, admin().put("my-company?version=" + version, ours).status());
    assertEquals(
        "Tessera SAS",
        as("marc").get("my-company").json().getJsonObject("details").getString("name"));

    JsonObject template = upload(WordTemplates.clientAndOurCompany()).json();
    assertEquals("[]", template.getJsonArray("unknown").toString(), template.toString());
    long item = id(admin().post("items", "{\"typeCode\":\"" + type + "\",\"title\":\"Fit-out\"}"));
    long contact =
        id(
            admin()
                .post(
                    "items",
                    "{\"typeCode\":\"contact\",\"title\":\"Jeanne Martin\","
                        + "\"fields\":{\"email\":[\"jeanne@client.test\"]}}"));
    long company =
        id(
            admin()
                .post(
                    "items",
                    "{\"typeCode\":\"company\",\"title\":\"Client SA\","
                        + "\"fields\":{\"address\":\"5 quai Voltaire, Lyon\"}}"));
    for (long client : List.of(contact, company)) {
      Reply linked = admin().post("items/" + item + "/relations", "{\"itemId\":" + client + "}");
      assertEquals(201, linked.status(), linked.toString());
    }

    long templateId = template.getJsonNumber("id").longValue();
    int year = LocalDate.now(ZoneOffset.UTC).getYear();
    String text = text(admin(), item, generate(admin(), item, templateId, "O-" + year + "-1"));
    assertTrue(text.contains("Client: Jeanne Martin (jeanne@client.test)"), text);
    assertTrue(text.contains("Company: Client SA, 5 quai Voltaire, Lyon"), text);
    assertTrue(
        text.contains(
            "From: Tessera SAS, 1 rue de la Paix, Paris, IBAN FR76 3000 6000 0112 3456 7890 189"),
        text);
  }

  private static long id(Reply created) {
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  @Test
  void hostileOrBrokenUploadsAreRefusedAndLeaveNoTemplate() throws Exception {
    long item =
        admin()
            .post("items", "{\"typeCode\":\"" + type + "\",\"title\":\"Safe\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    for (byte[] hostile :
        List.of("not a zip at all".getBytes(), zipBomb(), withEntity(template()))) {
      Reply refused = upload(hostile);
      assertEquals(422, refused.status(), refused.toString());
      assertTrue(refused.contentType().startsWith("application/problem+json"));
    }
    assertEquals(0, admin().get(documents(item) + "/templates").array().size());
    assertEquals(403, upload(as("marc"), template()).status());
    Reply noNumbering =
        admin().post("document-templates?name=X&type=" + type + "&numbering=O-1", DOCX, template());
    assertEquals(422, noNumbering.status(), noNumbering.toString());
    assertEquals(0, admin().get(documents(item) + "/templates").array().size());
  }

  private long generate(Api user, long item, long templateId, String expectedNumber) {
    Reply made = user.post(documents(item), "{\"templateId\":" + templateId + "}");
    assertEquals(201, made.status(), made.toString());
    assertEquals(expectedNumber, made.json().getString("number"));
    return made.json().getJsonNumber("id").longValue();
  }

  private static String text(Api user, long item, long document) throws IOException {
    byte[] docx = user.download(documents(item) + "/" + document + "/file");
    try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(read)) {
      return extractor.getText();
    }
  }

  private Reply upload(byte[] docx) {
    return upload(admin(), docx);
  }

  private Reply upload(Api user, byte[] docx) {
    return user.post(
        "document-templates?name=Offer&type=" + type + "&numbering=O-%7Byear%7D-%7Bseq%7D",
        DOCX,
        docx);
  }

  private static byte[] template() throws IOException {
    return WordTemplates.titleSplitOverThreeRuns();
  }

  private static byte[] zipBomb() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /** The template with an external entity declared in its document part. */
  private static byte[] withEntity(byte[] docx) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("word/document.xml")) {
          String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
          int declarationEnd = xml.indexOf("?>") + 2;
          xml =
              xml.substring(0, declarationEnd)
                  + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                  + xml.substring(declarationEnd);
          content = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static String documents(long item) {
    return "items/" + item + "/documents";
  }
}
