package org.tessera.crm.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.tessera.crm.testing.Api.Reply;
import org.tessera.crm.testing.ApiTest;
import org.tessera.crm.testing.CrmDeployment;

/** Who changed what and when: the History of items and the admins' audit log. */
class HistoryApiIT extends ApiTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @Test
  void everyChangeOfAnItemIsInItsHistoryWithWhoAndWhenButNotFieldsTheReaderMayNotSee() {
    String type = admin().newItemType("hist", "Claims", true, true);
    String note = "note_" + unique();
    String secret = "secret_" + unique();
    admin().newField(type, note, "STRING", "");
    long secretField = admin().newField(type, secret, "STRING", "");
    long julie = as("julie").get("users/me").json().getJsonNumber("id").longValue();
    Reply hidden =
        admin().put("fields/" + secretField + "/visibility", "{\"userIds\":[" + julie + "]}");
    assertEquals(200, hidden.status(), hidden.toString());

    Reply created =
        as("sophie").post("items", "{\"typeCode\":\"" + type + "\",\"title\":\"Dent\"}");
    assertEquals(201, created.status(), created.toString());
    JsonObject claim = created.json();
    long id = claim.getJsonNumber("id").longValue();
    assertEquals(0, history("sophie", id).size(), "a new item has no changes yet");

    JsonObject edited =
        update(
            "sophie",
            id,
            "{\"title\":\"Dent in door\",\"responsibleId\":"
                + claim.getJsonNumber("responsibleId")
                + ",\"fields\":{\""
                + note
                + "\":\"seen by Marc\"}"
                + ",\"version\":"
                + claim.getJsonNumber("version")
                + "}");
    JsonObject changed =
        update(
            "julie",
            id,
            "{\"title\":\"Dent in door\",\"responsibleId\":"
                + claim.getJsonNumber("responsibleId")
                + ",\"fields\":{\""
                + secret
                + "\":\"42\"}"
                + ",\"version\":"
                + edited.getJsonNumber("version")
                + "}");
    Reply stale =
        as("sophie")
            .put(
                "items/" + id,
                "{\"title\":\"Lost\",\"version\":" + claim.getJsonNumber("version") + "}");
    assertEquals(409, stale.status());
    long next = nextStage(type, changed.getJsonNumber("stageId").longValue());
    Reply moved =
        admin()
            .put(
                "items/" + id + "/stage",
                "{\"stageId\":" + next + ",\"version\":" + changed.getJsonNumber("version") + "}");
    assertEquals(200, moved.status(), moved.toString());

    List<JsonObject> seenBySophie = history("sophie", id);
    assertEquals(
        List.of("Stage", "Title", note),
        seenBySophie.stream().map(c -> c.getString("label")).toList(),
        "newest first, the refused change not among them, the secret left out");
    JsonObject stage = seenBySophie.get(0);
    assertEquals("Alice Martin", stage.getString("userName"));
    assertEquals("New", stage.getString("oldValue"));
    JsonObject title = seenBySophie.get(1);
    assertEquals("Sophie Durand", title.getString("userName"));
    assertEquals("Dent", title.getString("oldValue"));
    assertEquals("Dent in door", title.getString("newValue"));
    assertFalse(title.isNull("changedAt"));
    assertEquals("", seenBySophie.get(2).getString("oldValue"));
    assertEquals("seen by Marc", seenBySophie.get(2).getString("newValue"));

    assertTrue(
        history("julie", id).stream().anyMatch(c -> c.getString("label").equals(secret)),
        "who may see the field sees its change");
  }

  @Test
  void settingsChangesAndDeletionsAreInTheAuditLogForAdminsOnlyAndRefusalsAreNot() {
    String name = "Audited " + unique();
    Reply pipeline = admin().post("pipelines", "{\"type\":\"deal\",\"name\":\"" + name + "\"}");
    assertEquals(201, pipeline.status(), pipeline.toString());

    JsonObject newest = auditLog().get(0);
    assertEquals("Pipelines", newest.getString("area"));
    assertEquals("create", newest.getString("action"));
    assertTrue(newest.getString("details").contains(name), newest.toString());
    assertEquals("Alice Martin", newest.getString("userName"));

    long before = auditTotal();
    Reply taken =
        admin()
            .post(
                "item-types",
                "{\"code\":\"deal\",\"name\":\"Deals again\",\"hasStages\":true,\"hasAmount\":true}");
    assertEquals(409, taken.status(), taken.toString());
    assertEquals(before, auditTotal(), "a refused change leaves no line");

    Reply deal = admin().post("items", "{\"typeCode\":\"deal\",\"title\":\"Doomed\"}");
    long id = deal.json().getJsonNumber("id").longValue();
    long version = deal.json().getJsonNumber("version").longValue();
    assertEquals(204, admin().delete("items/" + id + "?version=" + version).status());
    JsonObject deletion = auditLog().get(0);
    assertEquals("Items", deletion.getString("area"));
    assertEquals("delete", deletion.getString("action"));
    assertTrue(deletion.getString("details").startsWith(id + ", " + version), deletion.toString());

    assertEquals(403, as("sophie").get("audit-log").status());
  }

  private JsonObject update(String login, long id, String json) {
    Reply updated = as(login).put("items/" + id, json);
    assertEquals(200, updated.status(), updated.toString());
    return updated.json();
  }

  private long nextStage(String type, long current) {
    List<JsonObject> stages =
        admin()
            .get("pipelines/" + admin().firstPipelineOf(type) + "/stages")
            .array()
            .getValuesAs(JsonObject.class);
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).getJsonNumber("id").longValue() == current) {
        return stages.get(i + 1).getJsonNumber("id").longValue();
      }
    }
    throw new AssertionError("no stage " + current);
  }

  private List<JsonObject> history(String login, long item) {
    Reply history = as(login).get("items/" + item + "/history");
    assertEquals(200, history.status(), history.toString());
    return history.json().getJsonArray("content").getValuesAs(JsonObject.class);
  }

  private List<JsonObject> auditLog() {
    return admin()
        .get("audit-log?size=5")
        .json()
        .getJsonArray("content")
        .getValuesAs(JsonObject.class);
  }

  private long auditTotal() {
    return admin().get("audit-log?size=1").json().getJsonNumber("total").longValue();
  }

  private static String unique() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  }
}
