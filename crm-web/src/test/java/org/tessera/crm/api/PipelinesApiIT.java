package org.tessera.crm.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.tessera.crm.testing.Api;
import org.tessera.crm.testing.Api.Reply;
import org.tessera.crm.testing.ApiTest;
import org.tessera.crm.testing.CrmDeployment;

/** Custom types, pipelines and the stage rules through the REST API, in the real container. */
class PipelinesApiIT extends ApiTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @Test
  void aCustomTypeWithStagesGetsItsOwnPipelineAndItsItemsStartThere() {
    String code = newCustomType(true);
    JsonObject type = admin().get("item-types/" + code).json();
    assertFalse(type.getBoolean("system"));

    JsonObject pipelines = admin().get("pipelines?type=" + code).json();
    assertEquals(1, pipelines.getInt("total"));
    JsonObject pipeline = pipelines.getJsonArray("content").getJsonObject(0);
    assertEquals(List.of("INITIAL", "IN_PROGRESS", "SUCCESS", "FAILURE"), semantics(pipeline));

    JsonObject item =
        admin().post("items", "{\"typeCode\":\"" + code + "\",\"title\":\"First\"}").json();
    assertEquals(stageId(pipeline, 0), item.getJsonNumber("stageId").longValue());
    assertTrue(
        admin().get("item-types").array().stream()
            .anyMatch(t -> t.asJsonObject().getString("code").equals(code)));
  }

  @Test
  void aCustomTypeWithoutStagesHasNoPipeline() {
    String code = newCustomType(false);
    assertEquals(0, admin().get("pipelines?type=" + code).json().getInt("total"));
    JsonObject item =
        admin().post("items", "{\"typeCode\":\"" + code + "\",\"title\":\"Plain\"}").json();
    assertFalse(item.containsKey("stageId"));
    Reply refused = admin().post("pipelines", "{\"type\":\"" + code + "\",\"name\":\"Extra\"}");
    assertEquals(422, refused.status(), refused.toString());
  }

  @Test
  void typeCodesAreUniqueAndWellFormed() {
    String code = newCustomType(true);
    Reply duplicate =
        admin()
            .post(
                "item-types", "{\"code\":\"" + code + "\",\"name\":\"Again\",\"hasStages\":true}");
    assertEquals(409, duplicate.status(), duplicate.toString());
    Reply badCode = admin().post("item-types", "{\"code\":\"Bad Code\",\"name\":\"Bad\"}");
    assertEquals(400, badCode.status(), badCode.toString());
    assertEquals(
        "code", badCode.json().getJsonArray("violations").getJsonObject(0).getString("field"));
  }

  @Test
  void onlyAdminsChangeTypesAndStages() {
    Api sophie = Api.as(deployment, "sophie");
    assertEquals(
        403,
        sophie
            .post("item-types", "{\"code\":\"sneaky\",\"name\":\"Sneaky\",\"hasStages\":true}")
            .status());
    JsonObject pipeline = pipelineOf(newCustomType(true));
    Reply refused = sophie.delete("stages/" + stageId(pipeline, 1));
    assertEquals(403, refused.status(), refused.toString());
    assertEquals(4, stagesOf(pipeline).size());
    assertEquals(200, sophie.get("pipelines/" + pipeline.getJsonNumber("id")).status());
  }

  @Test
  void theInitialAndSuccessStagesAndTheLastFailureStageStay() {
    JsonObject pipeline = pipelineOf(newCustomType(true));
    assertRule("stage.initial-not-deletable", admin().delete("stages/" + stageId(pipeline, 0)));
    assertRule("stage.success-not-deletable", admin().delete("stages/" + stageId(pipeline, 2)));
    assertRule("stage.failure-required", admin().delete("stages/" + stageId(pipeline, 3)));
    assertRule("stage.success-unique", addStage(pipeline, "Won twice", "SUCCESS"));
    assertRule("stage.initial-unique", addStage(pipeline, "Start twice", "INITIAL"));

    Reply added = addStage(pipeline, "Too expensive", "FAILURE");
    assertEquals(201, added.status(), added.toString());
    assertEquals(204, admin().delete("stages/" + stageId(pipeline, 3)).status());
    assertEquals(List.of("New", "In progress", "Success", "Too expensive"), stagesOf(pipeline));
  }

  @Test
  void theInitialStageCanBeRenamedAndRecoloured() {
    JsonObject pipeline = pipelineOf(newCustomType(true));
    long initial = stageId(pipeline, 0);
    Reply renamed =
        admin().put("stages/" + initial, "{\"name\":\"Incoming\",\"color\":\"#112233\"}");
    assertEquals(200, renamed.status(), renamed.toString());
    assertEquals("Incoming", renamed.json().getString("name"));
    assertEquals("#112233", renamed.json().getString("color"));
    assertEquals(400, admin().put("stages/" + initial, "{\"color\":\"red\"}").status());
    assertEquals("#112233", admin().get("stages/" + initial).json().getString("color"));
  }

  @Test
  void stagesAreReorderedWithinTheirGroups() {
    JsonObject pipeline = pipelineOf(newCustomType(true));
    assertEquals(201, addStage(pipeline, "Negotiation", "IN_PROGRESS").status());
    List<Long> ids = stageIds(pipeline);
    assertEquals(
        List.of("New", "In progress", "Negotiation", "Success", "Failure"), stagesOf(pipeline));

    Reply reordered =
        admin()
            .put(
                "pipelines/" + pipeline.getJsonNumber("id") + "/stages/order",
                order(ids.get(0), ids.get(2), ids.get(1), ids.get(3), ids.get(4)));
    assertEquals(200, reordered.status(), reordered.toString());
    assertEquals(
        List.of("New", "Negotiation", "In progress", "Success", "Failure"), stagesOf(pipeline));

    assertRule(
        "stage.order-groups",
        admin()
            .put(
                "pipelines/" + pipeline.getJsonNumber("id") + "/stages/order",
                order(ids.get(1), ids.get(0), ids.get(2), ids.get(3), ids.get(4))));
    assertEquals(
        List.of("New", "Negotiation", "In progress", "Success", "Failure"), stagesOf(pipeline));
  }

  @Test
  void aStageThatHoldsItemsIsDeletedOnlyWithAPlaceToMoveThem() {
    String code = newCustomType(true);
    JsonObject pipeline = pipelineOf(code);
    long initial = stageId(pipeline, 0);
    long inProgress = stageId(pipeline, 1);
    JsonObject item =
        admin().post("items", "{\"typeCode\":\"" + code + "\",\"title\":\"Busy\"}").json();
    long id = item.getJsonNumber("id").longValue();
    JsonObject moved =
        admin()
            .put(
                "items/" + id + "/stage",
                "{\"stageId\":"
                    + inProgress
                    + ",\"version\":"
                    + item.getJsonNumber("version")
                    + "}")
            .json();

    assertRule("stage.not-empty", admin().delete("stages/" + inProgress));
    assertEquals(
        inProgress, admin().get("items/" + id).json().getJsonNumber("stageId").longValue());
    assertEquals(404, admin().delete("stages/" + inProgress + "?moveItemsTo=987654321").status());

    assertEquals(204, admin().delete("stages/" + inProgress + "?moveItemsTo=" + initial).status());
    JsonObject after = admin().get("items/" + id).json();
    assertEquals(initial, after.getJsonNumber("stageId").longValue());
    assertTrue(
        after.getJsonNumber("version").longValue() > moved.getJsonNumber("version").longValue());
    assertEquals(404, admin().get("stages/" + inProgress).status());
  }

  @Test
  void pipelinesAreRenamedAtTheirVersionAndTheLastOrABusyOneIsKept() {
    String code = newCustomType(true);
    JsonObject first = pipelineOf(code);
    Reply second = admin().post("pipelines", "{\"type\":\"" + code + "\",\"name\":\"Second\"}");
    assertEquals(201, second.status(), second.toString());
    long secondId = second.json().getJsonNumber("id").longValue();
    long version = second.json().getJsonNumber("version").longValue();

    assertEquals(
        200,
        admin()
            .put("pipelines/" + secondId, "{\"name\":\"Renamed\",\"version\":" + version + "}")
            .status());
    assertEquals(
        409,
        admin()
            .put("pipelines/" + secondId, "{\"name\":\"Stale\",\"version\":" + version + "}")
            .status());
    assertEquals("Renamed", admin().get("pipelines/" + secondId).json().getString("name"));

    admin()
        .post(
            "items",
            "{\"typeCode\":\"" + code + "\",\"pipelineId\":" + secondId + ",\"title\":\"Busy\"}");
    assertRule("pipeline.not-empty", admin().delete("pipelines/" + secondId));
    assertEquals(204, admin().delete("pipelines/" + first.getJsonNumber("id")).status());
    assertRule("pipeline.last", admin().delete("pipelines/" + secondId));
  }

  private String newCustomType(boolean hasStages) {
    String code = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Reply created =
        admin()
            .post(
                "item-types",
                "{\"code\":\""
                    + code
                    + "\",\"name\":\"Type "
                    + code
                    + "\",\"hasStages\":"
                    + hasStages
                    + ",\"hasAmount\":true}");
    assertEquals(201, created.status(), created.toString());
    return code;
  }

  private JsonObject pipelineOf(String code) {
    return admin().get("pipelines?type=" + code).json().getJsonArray("content").getJsonObject(0);
  }

  private Reply addStage(JsonObject pipeline, String name, String semantics) {
    return admin()
        .post(
            "pipelines/" + pipeline.getJsonNumber("id") + "/stages",
            "{\"name\":\""
                + name
                + "\",\"color\":\"#ff5752\",\"semantics\":\""
                + semantics
                + "\"}");
  }

  private List<String> stagesOf(JsonObject pipeline) {
    return admin().get("pipelines/" + pipeline.getJsonNumber("id") + "/stages").array().stream()
        .map(s -> s.asJsonObject().getString("name"))
        .toList();
  }

  private List<Long> stageIds(JsonObject pipeline) {
    return admin().get("pipelines/" + pipeline.getJsonNumber("id") + "/stages").array().stream()
        .map(s -> s.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  private static String order(Long... ids) {
    return "{\"stageIds\":["
        + List.of(ids).stream().map(String::valueOf).collect(Collectors.joining(","))
        + "]}";
  }

  private static long stageId(JsonObject pipeline, int index) {
    return pipeline.getJsonArray("stages").getJsonObject(index).getJsonNumber("id").longValue();
  }

  private static List<String> semantics(JsonObject pipeline) {
    return pipeline.getJsonArray("stages").stream()
        .map(s -> s.asJsonObject().getString("semantics"))
        .toList();
  }

  private static void assertRule(String rule, Reply reply) {
    assertEquals(422, reply.status(), reply.toString());
    assertEquals(rule, reply.json().getString("rule"), reply.toString());
  }
}
