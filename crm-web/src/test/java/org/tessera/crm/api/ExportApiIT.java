package org.tessera.crm.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.crm.testing.Api;
import org.tessera.crm.testing.Api.Reply;
import org.tessera.crm.testing.ApiTest;
import org.tessera.crm.testing.CrmDeployment;

/** The Excel export of a deal pipeline, as a list and narrowed by the board's filters. */
class ExportApiIT extends ApiTest {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private long pipeline;
  private String path;
  private String closing;
  private String secret;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  /**
   * A deal pipeline of its own with a date field everyone sees and a number field only Julie sees,
   * a deal of Sophie's and a deal of Julie's with the secret filled in.
   */
  @BeforeEach
  void twoDealsInANewPipeline() {
    Reply created =
        admin().post("pipelines", "{\"type\":\"deal\",\"name\":\"" + unique("Export ") + "\"}");
    assertEquals(201, created.status(), created.toString());
    pipeline = created.json().getJsonNumber("id").longValue();
    path = "items/export.xlsx?type=deal&pipeline=" + pipeline;
    closing = unique("closing_");
    secret = unique("secret_");
    field(closing, "DATE", "Closing " + closing);
    long secretId = field(secret, "DECIMAL", "Secret " + secret);
    long julie = as("julie").get("users/me").json().getJsonNumber("id").longValue();
    Reply restricted =
        admin().put("fields/" + secretId + "/visibility", "{\"userIds\":[" + julie + "]}");
    assertEquals(200, restricted.status(), restricted.toString());

    deal(
        as("sophie"),
        "Rollout",
        ",\"amount\":1234.5,\"fields\":{\"" + closing + "\":\"2026-12-31\"}");
    deal(as("julie"), "Licences", ",\"fields\":{\"" + secret + "\":7}");
  }

  @Test
  void aUserGetsTheDealsOfThePipelineWithTypedCellsAndWithoutAFieldHiddenFromThem()
      throws IOException {
    Sheet sheet = sheet(as("sophie").download(path));

    List<String> header = texts(sheet.getRow(0));
    assertEquals(List.of("ID", "Title", "Stage", "Amount", "Responsible"), header.subList(0, 5));
    assertTrue(header.contains("Closing " + closing), header.toString());
    assertFalse(header.contains("Secret " + secret), "hidden from Sophie: " + header);
    assertEquals(2, sheet.getLastRowNum(), "the two deals of the pipeline only");
    assertEquals("Licences", sheet.getRow(1).getCell(1).getStringCellValue(), "newest first");

    Row rollout = sheet.getRow(2);
    assertEquals("Rollout", rollout.getCell(1).getStringCellValue());
    assertEquals(CellType.NUMERIC, rollout.getCell(0).getCellType(), "the id");
    assertEquals(CellType.NUMERIC, rollout.getCell(3).getCellType(), "the amount");
    assertEquals(1234.5, rollout.getCell(3).getNumericCellValue());
    assertTrue(rollout.getCell(3).getCellStyle().getDataFormatString().contains("EUR"));
    assertEquals("Sophie Durand", rollout.getCell(4).getStringCellValue());
    int date = header.indexOf("Closing " + closing);
    assertTrue(DateUtil.isCellDateFormatted(rollout.getCell(date)));
    assertEquals(
        LocalDate.of(2026, 12, 31),
        rollout.getCell(date).getLocalDateTimeCellValue().toLocalDate());
  }

  @Test
  void theUserAFieldIsShownToGetsItsColumnAndValues() throws IOException {
    Sheet sheet = sheet(as("julie").download(path));

    int column = texts(sheet.getRow(0)).indexOf("Secret " + secret);
    assertTrue(column > 0, texts(sheet.getRow(0)).toString());
    assertEquals("Licences", sheet.getRow(1).getCell(1).getStringCellValue());
    assertEquals(7.0, sheet.getRow(1).getCell(column).getNumericCellValue());
  }

  @Test
  void theBoardsFiltersNarrowTheExport() throws IOException {
    Sheet byTitle = sheet(as("sophie").download(path + "&q=rollout"));
    assertEquals(1, byTitle.getLastRowNum());
    assertEquals("Rollout", byTitle.getRow(1).getCell(1).getStringCellValue());

    Sheet byField = sheet(as("sophie").download(path + "&field=" + closing + "&value=2026-12-31"));
    assertEquals(1, byField.getLastRowNum());
    assertEquals("Rollout", byField.getRow(1).getCell(1).getStringCellValue());
  }

  @Test
  void theFileComesWithTheSpreadsheetContentType() {
    Reply reply = as("sophie").get(path);

    assertEquals(200, reply.status());
    // Payara appends the default charset to every content type; browsers ignore it on binaries.
    assertTrue(reply.contentType().startsWith(XLSX), reply.contentType());
  }

  @Test
  void aBadFilterIsAProblemAndNoFile() {
    Api sophie = as("sophie");

    assertProblem(400, null, sophie.get("items/export.xlsx?type=Not-a-code"));
    assertProblem(400, null, sophie.get("items/export.xlsx"));
    assertProblem(404, null, sophie.get("items/export.xlsx?type=nosuchtype"));
    assertProblem(404, null, sophie.get("items/export.xlsx?type=deal&pipeline=999999999"));
    assertProblem(
        422,
        "item.pipeline-foreign",
        sophie.get("items/export.xlsx?type=lead&pipeline=" + pipeline));
    assertProblem(
        422, "item.no-stages", sophie.get("items/export.xlsx?type=contact&pipeline=" + pipeline));
    assertProblem(422, "field.unknown", sophie.get(path + "&field=" + secret + "&value=7"));
  }

  private static void assertProblem(int status, String rule, Reply reply) {
    assertEquals(status, reply.status(), reply.toString());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    if (rule != null) {
      assertEquals(rule, reply.json().getString("rule"));
    }
  }

  private long field(String code, String dataType, String label) {
    Reply created =
        admin()
            .post(
                "fields",
                "{\"type\":\"deal\",\"code\":\""
                    + code
                    + "\",\"dataType\":\""
                    + dataType
                    + "\",\"labelEn\":\""
                    + label
                    + "\"}");
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  private JsonObject deal(Api user, String title, String moreJson) {
    Reply created =
        user.post(
            "items",
            "{\"typeCode\":\"deal\",\"pipelineId\":"
                + pipeline
                + ",\"title\":\""
                + title
                + "\""
                + moreJson
                + "}");
    assertEquals(201, created.status(), created.toString());
    return created.json();
  }

  private static Sheet sheet(byte[] xlsx) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      return workbook.getSheetAt(0);
    }
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(cell.getStringCellValue()));
    return texts;
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }
}
