package org.tessera.crm.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.crm.testing.Api;
import org.tessera.crm.testing.Api.Reply;
import org.tessera.crm.testing.ApiTest;
import org.tessera.crm.testing.CrmDeployment;

/** Custom fields, their values by type and required fields, through the REST API. */
class FieldsApiIT extends ApiTest {

  private String type;
  private JsonObject pipeline;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @BeforeEach
  void newType() {
    type = admin().newItemType("f", "Projects", true, true);
    pipeline =
        admin().get("pipelines?type=" + type).json().getJsonArray("content").getJsonObject(0);
  }

  @Test
  void valuesOfEveryKindAreCheckedStoredAndShown() {
    field("{\"code\":\"budget\",\"dataType\":\"MONEY\",\"labelEn\":\"Budget\"}");
    field("{\"code\":\"seats\",\"dataType\":\"INTEGER\",\"labelEn\":\"Seats\"}");
    field("{\"code\":\"start\",\"dataType\":\"DATE\",\"labelEn\":\"Start\",\"labelFr\":\"Début\"}");
    field("{\"code\":\"urgent\",\"dataType\":\"BOOLEAN\",\"labelEn\":\"Urgent\"}");
    field(
        "{\"code\":\"size\",\"dataType\":\"LIST\",\"labelEn\":\"Size\",\"multiple\":true,"
            + "\"options\":[{\"code\":\"sm\",\"labelEn\":\"Small\"},{\"code\":\"lg\",\"labelEn\":\"Large\"}]}");
    field("{\"code\":\"site\",\"dataType\":\"URL\",\"labelEn\":\"Web site\"}");

    Reply created =
        admin()
            .post(
                "items",
                "{\"typeCode\":\""
                    + type
                    + "\",\"title\":\"Roll-out\",\"fields\":{"
                    + "\"budget\":{\"amount\":1500.50,\"currency\":\"EUR\"},\"seats\":20,"
                    + "\"start\":\"2026-12-01\",\"urgent\":true,\"size\":[\"sm\",\"lg\"],"
                    + "\"site\":\"https://example.com\"}}");
    assertEquals(201, created.status(), created.toString());
    JsonObject fields = admin().get("items/" + id(created.json())).json().getJsonObject("fields");
    assertEquals("1500.5", fields.getJsonObject("budget").getJsonNumber("amount").toString());
    assertEquals("EUR", fields.getJsonObject("budget").getString("currency"));
    assertEquals(20, fields.getInt("seats"));
    assertEquals("2026-12-01", fields.getString("start"));
    assertTrue(fields.getBoolean("urgent"));
    assertEquals(2, fields.getJsonArray("size").size());
    assertEquals("https://example.com", fields.getString("site"));

    JsonObject listed =
        admin().get("items?type=" + type).json().getJsonArray("content").getJsonObject(0);
    assertEquals(20, listed.getJsonObject("fields").getInt("seats"));
  }

  @Test
  void aWrongValueIsRefusedNamingTheFieldAndNothingIsWritten() {
    field("{\"code\":\"seats\",\"dataType\":\"INTEGER\",\"labelEn\":\"Seats\"}");
    Reply wrong =
        admin()
            .post(
                "items",
                "{\"typeCode\":\"" + type + "\",\"title\":\"X\",\"fields\":{\"seats\":\"many\"}}");
    assertEquals(422, wrong.status(), wrong.toString());
    assertEquals("field.invalid-value", wrong.json().getString("rule"));
    assertTrue(wrong.json().getString("detail").contains("Seats"));
    Reply unknown =
        admin()
            .post(
                "items", "{\"typeCode\":\"" + type + "\",\"title\":\"X\",\"fields\":{\"nope\":1}}");
    assertEquals("field.unknown", unknown.json().getString("rule"));
    assertEquals(0, admin().get("items?type=" + type).json().getInt("total"));

    JsonObject item =
        admin()
            .post(
                "items", "{\"typeCode\":\"" + type + "\",\"title\":\"Y\",\"fields\":{\"seats\":3}}")
            .json();
    Reply badEdit =
        admin()
            .put(
                "items/" + id(item),
                "{\"title\":\"Y\",\"fields\":{\"seats\":2.5},\"version\":"
                    + item.getJsonNumber("version")
                    + "}");
    assertEquals(422, badEdit.status(), badEdit.toString());
    assertEquals(
        3, admin().get("items/" + id(item)).json().getJsonObject("fields").getInt("seats"));
  }

  @Test
  void requiredFieldsBlockSavingAndMovingAndTheRefusalListsEveryMissingOne() {
    long inProgress = stageId(1);
    field(
        "{\"code\":\"contract\",\"dataType\":\"STRING\",\"labelEn\":\"Contract number\","
            + "\"requiredStageIds\":["
            + inProgress
            + "]}");
    field(
        "{\"code\":\"signed\",\"dataType\":\"DATE\",\"labelEn\":\"Signed on\","
            + "\"requiredStageIds\":["
            + inProgress
            + "]}");
    JsonObject item =
        admin().post("items", "{\"typeCode\":\"" + type + "\",\"title\":\"Deal\"}").json();

    Reply refused =
        admin()
            .put(
                "items/" + id(item) + "/stage",
                "{\"stageId\":"
                    + inProgress
                    + ",\"version\":"
                    + item.getJsonNumber("version")
                    + "}");
    assertEquals(422, refused.status(), refused.toString());
    assertEquals("field.required", refused.json().getString("rule"));
    assertTrue(
        refused.json().getString("detail").contains("Contract number, Signed on"),
        refused.toString());
    assertEquals(
        stageId(0), admin().get("items/" + id(item)).json().getJsonNumber("stageId").longValue());

    JsonObject filled =
        admin()
            .put(
                "items/" + id(item),
                "{\"title\":\"Deal\",\"fields\":{\"contract\":\"C-1\",\"signed\":\"2026-11-20\"},\"version\":"
                    + item.getJsonNumber("version")
                    + "}")
            .json();
    Reply moved =
        admin()
            .put(
                "items/" + id(item) + "/stage",
                "{\"stageId\":"
                    + inProgress
                    + ",\"version\":"
                    + filled.getJsonNumber("version")
                    + "}");
    assertEquals(200, moved.status(), moved.toString());

    Reply cleared =
        admin()
            .put(
                "items/" + id(item),
                "{\"title\":\"Deal\",\"fields\":{\"contract\":null},\"version\":"
                    + moved.json().getJsonNumber("version")
                    + "}");
    assertEquals(422, cleared.status(), cleared.toString());
    assertEquals(
        "C-1",
        admin().get("items/" + id(item)).json().getJsonObject("fields").getString("contract"));
  }

  @Test
  void deletingAStageCannotMoveItsItemsPastTheFieldsRequiredAtTheTarget() {
    long inProgress = stageId(1);
    long success = stageId(2);
    field(
        "{\"code\":\"invoice_no\",\"dataType\":\"STRING\",\"labelEn\":\"Invoice number\","
            + "\"requiredStageIds\":["
            + success
            + "]}");
    JsonObject item =
        admin().post("items", "{\"typeCode\":\"" + type + "\",\"title\":\"W\"}").json();
    admin()
        .put(
            "items/" + id(item) + "/stage",
            "{\"stageId\":" + inProgress + ",\"version\":" + item.getJsonNumber("version") + "}");

    Reply refused = admin().delete("stages/" + inProgress + "?moveItemsTo=" + success);
    assertEquals(422, refused.status(), refused.toString());
    assertTrue(
        refused.json().getString("detail").contains("Invoice number (1 items)"),
        refused.toString());
    assertEquals(200, admin().get("stages/" + inProgress).status());
    assertEquals(
        inProgress, admin().get("items/" + id(item)).json().getJsonNumber("stageId").longValue());

    assertEquals(
        204, admin().delete("stages/" + inProgress + "?moveItemsTo=" + stageId(0)).status());
  }

  @Test
  void aFieldRequiredEverywhereIsNeededToCreateAnItem() {
    JsonObject field =
        field(
            "{\"code\":\"owner\",\"dataType\":\"USER\",\"labelEn\":\"Owner\",\"requiredEverywhere\":true}");
    Reply refused = admin().post("items", "{\"typeCode\":\"" + type + "\",\"title\":\"Z\"}");
    assertEquals(422, refused.status(), refused.toString());
    assertTrue(refused.json().getString("detail").contains("Owner"));
    assertEquals(
        422,
        admin()
            .post(
                "items",
                "{\"typeCode\":\"" + type + "\",\"title\":\"Z\",\"fields\":{\"owner\":987654321}}")
            .status());

    Reply notRequired =
        admin()
            .put("fields/" + field.getJsonNumber("id") + "/requirement", "{\"everywhere\":false}");
    assertEquals(200, notRequired.status(), notRequired.toString());
    assertEquals(
        201, admin().post("items", "{\"typeCode\":\"" + type + "\",\"title\":\"Z\"}").status());
  }

  @Test
  void deletingACustomFieldDeletesItsValuesAndSystemFieldsStay() {
    JsonObject field = field("{\"code\":\"note\",\"dataType\":\"TEXT\",\"labelEn\":\"Note\"}");
    JsonObject item =
        admin()
            .post(
                "items",
                "{\"typeCode\":\"" + type + "\",\"title\":\"N\",\"fields\":{\"note\":\"keep?\"}}")
            .json();
    assertEquals("keep?", item.getJsonObject("fields").getString("note"));

    assertEquals(204, admin().delete("fields/" + field.getJsonNumber("id")).status());
    assertFalse(
        admin().get("items/" + id(item)).json().getJsonObject("fields").containsKey("note"));
    assertEquals(404, admin().get("fields/" + field.getJsonNumber("id")).status());

    JsonObject systemField =
        admin().get("fields?type=deal").array().stream()
            .map(JsonObject.class::cast)
            .filter(f -> f.getBoolean("system"))
            .findFirst()
            .orElseThrow();
    Reply refused = admin().delete("fields/" + systemField.getJsonNumber("id"));
    assertEquals(422, refused.status(), refused.toString());
    assertEquals("field.system-not-deletable", refused.json().getString("rule"));
  }

  @Test
  void onlyAdminsCreateFieldsAndCodesAreUniquePerType() {
    Reply sophie =
        Api.as(deployment, "sophie")
            .post(
                "fields",
                "{\"type\":\""
                    + type
                    + "\",\"code\":\"xx\",\"dataType\":\"STRING\",\"labelEn\":\"X\"}");
    assertEquals(403, sophie.status(), sophie.toString());
    field("{\"code\":\"dup\",\"dataType\":\"STRING\",\"labelEn\":\"Dup\"}");
    assertEquals(
        409,
        admin()
            .post(
                "fields",
                "{\"type\":\""
                    + type
                    + "\",\"code\":\"dup\",\"dataType\":\"STRING\",\"labelEn\":\"Again\"}")
            .status());
    assertEquals(
        400,
        admin()
            .post(
                "fields",
                "{\"type\":\""
                    + type
                    + "\",\"code\":\"ok\",\"dataType\":\"SPACESHIP\",\"labelEn\":\"Bad\"}")
            .status());
  }

  @Test
  void aFieldShownOnlyToOneUserIsAbsentForOthersOnEveryPathAndTheyCannotWriteIt() {
    Api julie = Api.as(deployment, "julie");
    Api sophie = Api.as(deployment, "sophie");
    long julieId =
        julie
            .post("items", "{\"typeCode\":\"" + type + "\",\"title\":\"Mine\"}")
            .json()
            .getJsonNumber("createdById")
            .longValue();
    JsonObject margin =
        field("{\"code\":\"margin\",\"dataType\":\"DECIMAL\",\"labelEn\":\"Margin\"}");
    Reply restricted =
        admin()
            .put(
                "fields/" + margin.getJsonNumber("id") + "/visibility",
                "{\"userIds\":[" + julieId + "]}");
    assertEquals(200, restricted.status(), restricted.toString());

    Reply created =
        julie.post(
            "items",
            "{\"typeCode\":\""
                + type
                + "\",\"title\":\"Secret deal\",\"fields\":{\"margin\":12.5}}");
    assertEquals(201, created.status(), created.toString());
    long id = id(created.json());
    assertEquals(
        "12.5", julie.get("items/" + id).json().getJsonObject("fields").get("margin").toString());
    assertEquals(
        "12.5", admin().get("items/" + id).json().getJsonObject("fields").get("margin").toString());

    JsonObject seenBySophie = sophie.get("items/" + id).json();
    assertFalse(seenBySophie.getJsonObject("fields").containsKey("margin"));
    assertFalse(sophie.get("items?type=" + type).body().contains("margin"));
    assertFalse(sophie.get("fields?type=" + type).body().contains("margin"));
    assertTrue(julie.get("fields?type=" + type).body().contains("margin"));

    Reply refused =
        sophie.put(
            "items/" + id,
            "{\"title\":\"Secret deal\",\"fields\":{\"margin\":0},\"version\":"
                + seenBySophie.getJsonNumber("version")
                + "}");
    assertEquals(403, refused.status(), refused.toString());
    assertEquals("field.not-visible", refused.json().getString("rule"));

    Reply titleOnly =
        sophie.put(
            "items/" + id,
            "{\"title\":\"Renamed by Sophie\",\"version\":"
                + seenBySophie.getJsonNumber("version")
                + "}");
    assertEquals(200, titleOnly.status(), titleOnly.toString());
    assertFalse(titleOnly.json().getJsonObject("fields").containsKey("margin"));
    assertEquals(
        "12.5", julie.get("items/" + id).json().getJsonObject("fields").get("margin").toString());
  }

  @Test
  void newItemsGetTheDefaultOfFieldsTheyAreCreatedWithout() {
    JsonObject seats =
        field(
            "{\"code\":\"seats\",\"dataType\":\"INTEGER\",\"labelEn\":\"Seats\","
                + "\"defaultValue\":10}");
    assertEquals(10, seats.getInt("defaultValue"));
    Reply badDefault =
        admin()
            .post(
                "fields",
                "{\"type\":\""
                    + type
                    + "\",\"code\":\"start\",\"dataType\":\"DATE\",\"labelEn\":\"Start\","
                    + "\"defaultValue\":\"soon\"}");
    assertEquals(422, badDefault.status(), badDefault.toString());
    assertTrue(badDefault.json().getString("detail").contains("Start"));

    Reply plain = admin().post("items", "{\"typeCode\":\"" + type + "\",\"title\":\"A\"}");
    assertEquals(10, plain.json().getJsonObject("fields").getInt("seats"));
    Reply given =
        admin()
            .post(
                "items",
                "{\"typeCode\":\"" + type + "\",\"title\":\"B\",\"fields\":{\"seats\":3}}");
    assertEquals(3, given.json().getJsonObject("fields").getInt("seats"));

    Reply cleared =
        admin().put("fields/" + seats.getJsonNumber("id") + "/default", "{\"value\":null}");
    assertEquals(200, cleared.status(), cleared.toString());
    Reply after = admin().post("items", "{\"typeCode\":\"" + type + "\",\"title\":\"C\"}");
    assertFalse(after.json().getJsonObject("fields").containsKey("seats"));
  }

  @Test
  void aFileFieldHoldsAnUploadedFileThatOnlyThoseWhoSeeTheFieldMayDownload() {
    Api julie = Api.as(deployment, "julie");
    Api marc = Api.as(deployment, "marc");
    Reply uploaded =
        julie.post("files?name=offer%20v2.txt", "text/plain", "Signed offer".getBytes(UTF_8));
    assertEquals(201, uploaded.status(), uploaded.toString());
    long file = uploaded.json().getJsonNumber("id").longValue();
    assertEquals("offer v2.txt", uploaded.json().getString("name"));
    assertEquals(404, marc.get("files/" + file).status());

    JsonObject contract =
        field("{\"code\":\"contract\",\"dataType\":\"FILE\",\"labelEn\":\"Contract\"}");
    Reply passedOn =
        marc.post(
            "items",
            "{\"typeCode\":\""
                + type
                + "\",\"title\":\"Not his\",\"fields\":{\"contract\":"
                + file
                + "}}");
    assertEquals(422, passedOn.status(), passedOn.toString());

    Reply item =
        julie.post(
            "items",
            "{\"typeCode\":\""
                + type
                + "\",\"title\":\"Signed\",\"fields\":{\"contract\":"
                + file
                + "}}");
    assertEquals(201, item.status(), item.toString());
    assertEquals(file, item.json().getJsonObject("fields").getJsonNumber("contract").longValue());
    Reply download = marc.get("files/" + file);
    assertEquals(200, download.status(), download.toString());
    assertEquals("Signed offer", download.body());

    long julieId = item.json().getJsonNumber("createdById").longValue();
    admin()
        .put(
            "fields/" + contract.getJsonNumber("id") + "/visibility",
            "{\"userIds\":[" + julieId + "]}");
    assertEquals(404, marc.get("files/" + file).status());
    assertEquals(200, julie.get("files/" + file).status());

    Reply empty = julie.post("files?name=empty.txt", "text/plain", new byte[0]);
    assertEquals(422, empty.status(), empty.toString());
    assertEquals("file.empty", empty.json().getString("rule"));
    assertEquals(400, julie.post("files", "text/plain", new byte[] {1}).status());
  }

  private JsonObject field(String json) {
    Reply created = admin().post("fields", "{\"type\":\"" + type + "\"," + json.substring(1));
    assertEquals(201, created.status(), created.toString());
    return created.json();
  }

  private long stageId(int index) {
    return pipeline.getJsonArray("stages").getJsonObject(index).getJsonNumber("id").longValue();
  }

  private static long id(JsonObject item) {
    return item.getJsonNumber("id").longValue();
  }
}
