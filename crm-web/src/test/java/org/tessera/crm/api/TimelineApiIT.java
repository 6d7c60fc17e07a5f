package org.tessera.crm.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.crm.testing.Api;
import org.tessera.crm.testing.Api.Reply;
import org.tessera.crm.testing.ApiTest;
import org.tessera.crm.testing.CrmDeployment;

/** The timeline of an item through the REST API: stage changes, creation and comments. */
class TimelineApiIT extends ApiTest {

  private String type;
  private List<Long> stages;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @BeforeEach
  void newType() {
    type = admin().newItemType("t", "Jobs", true, true);
    stages =
        admin()
            .get("pipelines?type=" + type)
            .json()
            .getJsonArray("content")
            .getJsonObject(0)
            .getJsonArray("stages")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(stage -> stage.getJsonNumber("id").longValue())
            .toList();
  }

  @Test
  void aMoveWritesExactlyOneEntryNamingBothStagesAndWhoMovedIt() {
    JsonObject item = item(Api.as(deployment, "sophie"));
    assertEquals(List.of("ITEM_CREATED"), kinds(item));

    Reply moved = move(Api.as(deployment, "marc"), item, stages.get(1));
    assertEquals(200, moved.status(), moved.toString());

    JsonObject newest = timeline(item, 0, 20).getJsonArray("content").getJsonObject(0);
    assertEquals(List.of("STAGE_CHANGE", "ITEM_CREATED"), kinds(item));
    assertEquals("New", newest.getString("fromStage"));
    assertEquals("In progress", newest.getString("toStage"));
    assertEquals("Marc Leroy", newest.getString("authorName"));

    Reply again = move(admin(), moved.json(), stages.get(1));
    assertEquals(200, again.status(), again.toString());
    assertEquals(2, kinds(item).size());
  }

  @Test
  void aRefusedOrStaleMoveLeavesStageAndTimelineAsTheyWere() {
    Reply field =
        admin()
            .post(
                "fields",
                "{\"type\":\""
                    + type
                    + "\",\"code\":\"po\",\"dataType\":\"STRING\",\"labelEn\":\"PO\","
                    + "\"requiredStageIds\":["
                    + stages.get(1)
                    + "]}");
    assertEquals(201, field.status(), field.toString());
    JsonObject item = item(admin());

    Reply refused = move(admin(), item, stages.get(1));
    assertEquals(422, refused.status(), refused.toString());
    assertEquals("field.required", refused.json().getString("rule"));
    Reply stale = move(admin(), item, stages.get(2), item.getJsonNumber("version").longValue() + 7);
    assertEquals(409, stale.status(), stale.toString());

    JsonObject after = admin().get("items/" + item.getJsonNumber("id")).json();
    assertEquals(item.getJsonNumber("stageId"), after.getJsonNumber("stageId"));
    assertEquals(List.of("ITEM_CREATED"), kinds(item));
  }

  @Test
  void commentsAreKeptAsWrittenAndOnlyTheirAuthorOrAnAdminChangesThem() {
    Api sophie = Api.as(deployment, "sophie");
    JsonObject item = item(sophie);
    String text = "<script>alert(1)</script> see https://example.com/offer?id=1&x=2";
    Reply posted = sophie.post(path(item) + "/comments", "{\"text\":" + quoted(text) + "}");
    assertEquals(201, posted.status(), posted.toString());
    JsonObject comment = posted.json();
    assertEquals(text, comment.getString("text"));
    String entry = "timeline/" + comment.getJsonNumber("id");

    Reply notHers = Api.as(deployment, "marc").put(entry, edit("Mine now", comment));
    assertEquals(403, notHers.status(), notHers.toString());
    Reply edited = sophie.put(entry, edit("Offer sent", comment));
    assertEquals(200, edited.status(), edited.toString());
    assertEquals("Offer sent", edited.json().getString("text"));
    assertEquals(409, sophie.put(entry, edit("Old", comment)).status());
    assertEquals(422, sophie.put(entry, edit("  ", edited.json())).status());
    assertEquals(422, sophie.post(path(item) + "/comments", "{\"text\":\"\"}").status());
    assertEquals(
        404, sophie.post("items/999999999/timeline/comments", "{\"text\":\"x\"}").status());

    String created =
        "timeline/"
            + timeline(item, 0, 20).getJsonArray("content").getJsonObject(1).getJsonNumber("id");
    assertEquals(422, admin().delete(created + "?version=0").status());
    assertEquals(
        204, admin().delete(entry + "?version=" + edited.json().getJsonNumber("version")).status());
    assertEquals(List.of("ITEM_CREATED"), kinds(item));
  }

  @Test
  void pagesTurnNewestFirstAndShowEveryEntryOnce() {
    JsonObject item = item(admin());
    for (int i = 1; i <= 24; i++) {
      admin().post(path(item) + "/comments", "{\"text\":\"Note " + i + "\"}");
    }
    JsonObject first = timeline(item, 0, 10);
    assertEquals(25, first.getInt("total"));
    assertEquals("Note 24", first.getJsonArray("content").getJsonObject(0).getString("text"));

    Set<Long> seen = new HashSet<>();
    int count = 0;
    for (int page = 0; page < 3; page++) {
      for (JsonObject entry :
          timeline(item, page, 10).getJsonArray("content").getValuesAs(JsonObject.class)) {
        seen.add(entry.getJsonNumber("id").longValue());
        count++;
      }
    }
    assertEquals(25, count);
    assertEquals(25, seen.size());
  }

  @Test
  void auditedFieldsTellTheirChangesAndOnlyToThoseWhoSeeThem() {
    long lot = admin().newField(type, "lot", "STRING", "");
    admin().newField(type, "note", "STRING", "");
    long amount = fieldId("amount");
    for (long audited : List.of(lot, amount)) {
      Reply set = admin().put("fields/" + audited + "/audit", "{\"audited\":true}");
      assertEquals(200, set.status(), set.toString());
      assertTrue(set.json().getBoolean("audited"));
    }
    Reply created =
        admin()
            .post(
                "items",
                "{\"typeCode\":\""
                    + type
                    + "\",\"title\":\"Job\",\"amount\":10,\"currency\":\"EUR\","
                    + "\"fields\":{\"lot\":\"A\",\"note\":\"x\"}}");
    JsonObject item = created.json();
    Reply changed =
        as("sophie")
            .put(
                "items/" + item.getJsonNumber("id"),
                "{\"title\":\"Job\",\"amount\":20,\"currency\":\"EUR\",\"version\":"
                    + item.getJsonNumber("version")
                    + ",\"fields\":{\"lot\":\"B\",\"note\":\"y\"}}");
    assertEquals(200, changed.status(), changed.toString());

    List<JsonObject> entries =
        timeline(item, 0, 20).getJsonArray("content").getValuesAs(JsonObject.class);
    List<JsonObject> changes =
        entries.stream().filter(e -> e.getString("kind").equals("FIELD_CHANGE")).toList();
    assertEquals(2, changes.size(), entries.toString());
    JsonObject lotChange = change(changes, "lot");
    assertEquals("A", lotChange.getString("oldValue"));
    assertEquals("B", lotChange.getString("newValue"));
    assertEquals("Sophie Durand", lotChange.getString("authorName"));
    assertEquals("10.00 EUR", change(changes, "Amount").getString("oldValue"));
    assertEquals("20.00 EUR", change(changes, "Amount").getString("newValue"));

    long julie = userIdOf("julie");
    admin().put("fields/" + lot + "/visibility", "{\"userIds\":[" + julie + "]}");
    JsonObject seenBySophie = as("sophie").get(path(item)).json();
    assertEquals(2, seenBySophie.getInt("total"), "created and the amount change");
    assertFalse(seenBySophie.toString().contains("\"lot\""));
    assertEquals(3, as("julie").get(path(item)).json().getInt("total"));
  }

  @Test
  void deletingAStageTellsEveryItemItMovedOnItsTimeline() {
    JsonObject first = item(admin());
    JsonObject second = item(admin());
    move(admin(), first, stages.get(1));
    move(admin(), second, stages.get(1));

    Reply deleted = admin().delete("stages/" + stages.get(1) + "?moveItemsTo=" + stages.get(2));
    assertEquals(204, deleted.status(), deleted.toString());

    for (JsonObject item : List.of(first, second)) {
      JsonObject newest = timeline(item, 0, 1).getJsonArray("content").getJsonObject(0);
      assertEquals("STAGE_CHANGE", newest.getString("kind"));
      assertEquals("In progress", newest.getString("fromStage"));
      assertEquals(
          admin().get("stages/" + stages.get(2)).json().getString("name"),
          newest.getString("toStage"));
    }
  }

  private static JsonObject change(List<JsonObject> changes, String label) {
    return changes.stream()
        .filter(entry -> entry.getString("text").equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError(label + " not in " + changes));
  }

  private long fieldId(String code) {
    return admin().get("fields?type=" + type).array().getValuesAs(JsonObject.class).stream()
        .filter(field -> field.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private long userIdOf(String login) {
    return item(as(login)).getJsonNumber("createdById").longValue();
  }

  private JsonObject item(Api user) {
    Reply created = user.post("items", "{\"typeCode\":\"" + type + "\",\"title\":\"Job\"}");
    assertEquals(201, created.status(), created.toString());
    return created.json();
  }

  private Reply move(Api user, JsonObject item, long stageId) {
    return move(user, item, stageId, item.getJsonNumber("version").longValue());
  }

  private Reply move(Api user, JsonObject item, long stageId, long version) {
    return user.put(
        "items/" + item.getJsonNumber("id") + "/stage",
        "{\"stageId\":" + stageId + ",\"version\":" + version + "}");
  }

  private JsonObject timeline(JsonObject item, int page, int size) {
    Reply reply = admin().get(path(item) + "?page=" + page + "&size=" + size);
    assertEquals(200, reply.status(), reply.toString());
    return reply.json();
  }

  private List<String> kinds(JsonObject item) {
    return timeline(item, 0, 50).getJsonArray("content").getValuesAs(JsonObject.class).stream()
        .map(entry -> entry.getString("kind"))
        .toList();
  }

  private static String path(JsonObject item) {
    return "items/" + item.getJsonNumber("id") + "/timeline";
  }

  private static String edit(String text, JsonObject comment) {
    return "{\"text\":" + quoted(text) + ",\"version\":" + comment.getJsonNumber("version") + "}";
  }

  private static String quoted(String text) {
    return jakarta.json.Json.createValue(text).toString();
  }
}
