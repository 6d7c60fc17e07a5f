package org.tessera.crm.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.crm.testing.Api.Reply;
import org.tessera.crm.testing.ApiTest;
import org.tessera.crm.testing.CrmDeployment;

/** The Kanban board through the REST API: columns, counts, sums, paging, filters, quick-create. */
class BoardApiIT extends ApiTest {

  private String type;
  private long pipeline;
  private List<Long> stages;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @BeforeEach
  void newType() {
    type = admin().newItemType("b", "Projects", true, true);
    JsonObject first =
        admin().get("pipelines?type=" + type).json().getJsonArray("content").getJsonObject(0);
    pipeline = first.getJsonNumber("id").longValue();
    stages =
        first.getJsonArray("stages").getValuesAs(JsonObject.class).stream()
            .map(stage -> stage.getJsonNumber("id").longValue())
            .toList();
  }

  @Test
  void countsAndSumsFollowTheCardsAsTheyMove() {
    JsonObject a = item("A", "100.50", null);
    item("B", "200", null);
    item("C", null, null);

    JsonObject before = board("");
    assertEquals(List.of(3L, 0L, 0L, 0L), counts(before));
    assertEquals("300.5", sum(before, 0));
    assertEquals("C", column(before, 0).getJsonArray("cards").getJsonObject(0).getString("title"));

    Reply moved =
        admin()
            .put(
                "items/" + a.getJsonNumber("id") + "/stage",
                "{\"stageId\":"
                    + stages.get(1)
                    + ",\"version\":"
                    + a.getJsonNumber("version")
                    + "}");
    assertEquals(200, moved.status(), moved.toString());

    JsonObject after = board("");
    assertEquals(List.of(2L, 1L, 0L, 0L), counts(after));
    assertEquals("200", sum(after, 0));
    assertEquals("100.5", sum(after, 1));
    assertEquals("0", sum(after, 2));
  }

  @Test
  void theBoardShowsItsStagesAsTheyAreRightAfterEachChange() {
    item("A", "10", null);
    assertEquals(List.of("New", "In progress", "Success", "Failure"), stageNames(board("")));

    Reply renamed =
        admin().put("stages/" + stages.get(1), "{\"name\":\"Talks\",\"color\":\"#112233\"}");
    assertEquals(200, renamed.status(), renamed.toString());
    JsonObject afterRename = board("");
    assertEquals(List.of("New", "Talks", "Success", "Failure"), stageNames(afterRename));
    assertEquals("#112233", column(afterRename, 1).getString("color"));

    Reply added =
        admin()
            .post(
                "pipelines/" + pipeline + "/stages",
                "{\"name\":\"Too late\",\"color\":\"#ff5752\",\"semantics\":\"FAILURE\"}");
    assertEquals(201, added.status(), added.toString());
    assertEquals(List.of("New", "Talks", "Success", "Failure", "Too late"), stageNames(board("")));

    Reply renamedPipeline =
        admin().put("pipelines/" + pipeline, "{\"name\":\"Sales\",\"version\":" + version() + "}");
    assertEquals(200, renamedPipeline.status(), renamedPipeline.toString());
    assertEquals("Sales", board("").getString("name"));
  }

  @Test
  void keptTotalsAgreeWithCountingAfterEveryKindOfChange() {
    JsonObject a = item("A", "10", null);
    JsonObject b = item("B", "20", null);
    item("C", "40", null);
    JsonObject d = item("D", null, null);
    move(a, stages.get(1));
    JsonObject changedB =
        admin()
            .put(
                "items/" + b.getJsonNumber("id"),
                "{\"title\":\"B\",\"amount\":25,\"version\":" + b.getJsonNumber("version") + "}")
            .json();
    move(changedB, stages.get(1));
    admin().delete("items/" + d.getJsonNumber("id") + "?version=" + d.getJsonNumber("version"));
    Reply stageGone = admin().delete("stages/" + stages.get(1) + "?moveItemsTo=" + stages.get(2));
    assertEquals(204, stageGone.status(), stageGone.toString());

    JsonObject kept = board("");
    JsonObject counted = board("createdFrom=2000-01-01&");
    assertEquals(List.of(1L, 2L, 0L), counts(kept));
    assertEquals(counts(counted), counts(kept));
    assertEquals("35", sum(kept, 1));
    assertEquals(sum(counted, 1), sum(kept, 1));
    assertEquals(sum(counted, 0), sum(kept, 0));
  }

  @Test
  void aColumnPagesThroughEveryCardExactlyOnceNewestFirst() {
    for (int i = 1; i <= 45; i++) {
      item("Card " + i, null, null);
    }
    JsonObject board = board("cards=20&");
    assertEquals(20, column(board, 0).getJsonArray("cards").size());
    assertTrue(column(board, 0).getBoolean("more"));

    Set<Long> seen = new HashSet<>();
    int count = 0;
    for (int page = 0; page < 3; page++) {
      JsonObject cards =
          admin()
              .get(
                  "boards/" + pipeline + "/stages/" + stages.get(0) + "/cards?size=20&page=" + page)
              .json();
      assertEquals(45, cards.getInt("total"));
      for (JsonObject card : cards.getJsonArray("content").getValuesAs(JsonObject.class)) {
        seen.add(card.getJsonNumber("id").longValue());
        count++;
      }
    }
    assertEquals(45, count);
    assertEquals(45, seen.size());
    JsonObject newest =
        admin().get("boards/" + pipeline + "/stages/" + stages.get(0) + "/cards?size=1").json();
    assertEquals("Card 45", newest.getJsonArray("content").getJsonObject(0).getString("title"));
  }

  @Test
  void theWholeBoardShowsTheNewestCardsOfEveryColumnAsItsPagesAndAFilteredBoardDo() {
    for (int i = 1; i <= 7; i++) {
      item("First " + i, i % 2 == 0 ? "1250.5" : null, i % 3 == 0 ? "sophie" : null);
    }
    for (int i = 1; i <= 3; i++) {
      assertEquals(201, createIn(stages.get(2), "Third " + i).status());
    }
    JsonObject whole = board("cards=5&");
    JsonObject filtered = board("cards=5&createdFrom=2000-01-01&");
    for (int column : List.of(0, 2)) {
      List<Long> shown =
          ids(column(whole, column).getJsonArray("cards").getValuesAs(JsonObject.class));
      JsonObject page =
          admin()
              .get("boards/" + pipeline + "/stages/" + stages.get(column) + "/cards?size=5")
              .json();
      assertEquals(ids(page.getJsonArray("content").getValuesAs(JsonObject.class)), shown);
      // The whole board builds its cards from their columns by hand, a filtered one through JPA.
      assertEquals(
          column(filtered, column).getJsonArray("cards"),
          column(whole, column).getJsonArray("cards"));
    }
    JsonObject sixth = column(whole, 0).getJsonArray("cards").getJsonObject(1);
    assertEquals("First 6", sixth.getString("title"));
    assertEquals(
        0, new BigDecimal("1250.5").compareTo(sixth.getJsonNumber("amount").bigDecimalValue()));
    assertEquals("Sophie Durand", sixth.getString("responsibleName"));
    assertEquals(
        5, ids(column(whole, 0).getJsonArray("cards").getValuesAs(JsonObject.class)).size());
    assertEquals(
        "Third 3", column(whole, 2).getJsonArray("cards").getJsonObject(0).getString("title"));
    assertTrue(column(whole, 1).getJsonArray("cards").isEmpty());
  }

  private static List<Long> ids(List<JsonObject> cards) {
    return cards.stream().map(card -> card.getJsonNumber("id").longValue()).toList();
  }

  @Test
  void filtersNarrowCountsSumsAndCards() {
    long sophie =
        item("Sophie's roll-out", "10", "sophie").getJsonNumber("responsibleId").longValue();
    item("Marc's pilot", "20", "marc");
    item("Another ROLL-OUT", "40", null);

    assertEquals(List.of(1L, 0L, 0L, 0L), counts(board("responsible=" + sophie + "&")));
    JsonObject rollOuts = board("q=roll-out&");
    assertEquals(List.of(2L, 0L, 0L, 0L), counts(rollOuts));
    assertEquals("50", sum(rollOuts, 0));
    String today = LocalDate.now().toString();
    assertEquals(
        List.of(3L, 0L, 0L, 0L),
        counts(board("createdFrom=" + today + "&createdTo=" + today + "&")));
    assertEquals(
        List.of(0L, 0L, 0L, 0L), counts(board("createdFrom=" + LocalDate.now().plusDays(1) + "&")));

    Reply badDate = admin().get("boards/" + pipeline + "?createdFrom=yesterday");
    assertEquals(400, badDate.status(), badDate.toString());
    assertEquals(404, admin().get("boards/999999999").status());
  }

  @Test
  void oneCustomFieldFiltersTheBoardByPieceOfTextOrExactValue() {
    admin()
        .post(
            "fields",
            "{\"type\":\""
                + type
                + "\",\"code\":\"city\",\"dataType\":\"STRING\",\"labelEn\":\"City\"}");
    admin()
        .post(
            "fields",
            "{\"type\":\""
                + type
                + "\",\"code\":\"seats\",\"dataType\":\"INTEGER\",\"labelEn\":\"Seats\"}");
    admin()
        .post(
            "fields",
            "{\"type\":\""
                + type
                + "\",\"code\":\"paid\",\"dataType\":\"BOOLEAN\",\"labelEn\":\"Paid\"}");
    withFields("Lyon office", "{\"city\":\"Lyon\",\"seats\":20}");
    withFields("Lyon depot", "{\"city\":\"LYON 3e\",\"seats\":5}");
    withFields("Paris", "{\"city\":\"Paris\",\"seats\":20}");

    assertEquals(List.of(2L, 0L, 0L, 0L), counts(board("field=city&value=lyon&")));
    assertEquals(List.of(2L, 0L, 0L, 0L), counts(board("field=seats&value=20&")));
    assertEquals(List.of(1L, 0L, 0L, 0L), counts(board("field=seats&value=20&q=paris&")));

    Reply notANumber = admin().get("boards/" + pipeline + "?field=seats&value=many");
    assertEquals(422, notANumber.status(), notANumber.toString());
    assertTrue(notANumber.json().getString("detail").contains("Seats"));
    assertEquals(422, admin().get("boards/" + pipeline + "?field=paid&value=true").status());
    assertEquals(422, admin().get("boards/" + pipeline + "?field=nope&value=1").status());
  }

  @Test
  void theWorkloadCountsOpenItemsPerResponsibleAndStage() {
    JsonObject won = item("Won", "100", "sophie");
    item("Open 1", "10", "sophie");
    item("Open 2", "20", "sophie");
    item("Marc's", "5", "marc");
    move(won, stages.get(2));

    List<JsonObject> rows =
        admin().get("boards/" + pipeline + "/workload").array().getValuesAs(JsonObject.class);
    assertEquals(2, rows.size());
    assertEquals("Sophie Durand", rows.get(0).getString("userName"));
    assertEquals(2, rows.get(0).getInt("count"));
    assertEquals(
        "30",
        rows.get(0).getJsonNumber("sum").bigDecimalValue().stripTrailingZeros().toPlainString());
    assertEquals(
        2,
        rows.get(0)
            .getJsonObject("byStage")
            .getJsonObject(String.valueOf(stages.get(0)))
            .getInt("count"));
    assertEquals("Marc Leroy", rows.get(1).getString("userName"));
    assertEquals(1, rows.get(1).getInt("count"));
  }

  private void withFields(String title, String fields) {
    create(title, ",\"fields\":" + fields);
  }

  @Test
  void quickCreateStartsTheItemInTheChosenColumnIfItsRequiredFieldsComeWithIt() {
    admin()
        .post(
            "fields",
            "{\"type\":\""
                + type
                + "\",\"code\":\"po\",\"dataType\":\"STRING\","
                + "\"labelEn\":\"PO\",\"requiredStageIds\":["
                + stages.get(2)
                + "]}");

    Reply second = createIn(stages.get(1), "Quick");
    assertEquals(201, second.status(), second.toString());
    assertEquals(stages.get(1).longValue(), second.json().getJsonNumber("stageId").longValue());

    Reply third = createIn(stages.get(2), "No PO");
    assertEquals(422, third.status(), third.toString());
    assertEquals(List.of(0L, 1L, 0L, 0L), counts(board("")));
  }

  @Test
  void aCardShowsItsResponsibleUntilAnEmployeeComments() {
    JsonObject quiet = item("Quiet", null, null);
    JsonObject discussed = item("Discussed", null, null);
    Reply comment =
        as("marc")
            .post(
                "items/" + discussed.getJsonNumber("id") + "/timeline/comments",
                "{\"text\":\"Called them back\"}");
    assertEquals(201, comment.status(), comment.toString());

    List<JsonObject> cards =
        column(board(""), 0).getJsonArray("cards").getValuesAs(JsonObject.class);
    assertEquals("Marc Leroy", card(cards, discussed).getString("avatarName"));
    assertEquals("Alice Martin", card(cards, discussed).getString("responsibleName"));
    assertEquals("Alice Martin", card(cards, quiet).getString("avatarName"));
  }

  private static JsonObject card(List<JsonObject> cards, JsonObject item) {
    return cards.stream()
        .filter(card -> card.getJsonNumber("id").equals(item.getJsonNumber("id")))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aFieldHiddenFromAUserIsNotOnTheirBoard() {
    JsonObject secret =
        admin()
            .post(
                "fields",
                "{\"type\":\""
                    + type
                    + "\",\"code\":\"margin\",\"dataType\":\"DECIMAL\",\"labelEn\":\"Margin\"}")
            .json();
    long julie =
        as("julie")
            .post(
                "items",
                "{\"typeCode\":\"" + type + "\",\"title\":\"Mine\",\"fields\":{\"margin\":3}}")
            .json()
            .getJsonNumber("createdById")
            .longValue();
    admin()
        .put(
            "fields/" + secret.getJsonNumber("id") + "/visibility",
            "{\"userIds\":[" + julie + "]}");

    assertTrue(as("julie").get("boards/" + pipeline).body().contains("\"margin\""));
    assertFalse(as("sophie").get("boards/" + pipeline).body().contains("margin"));
  }

  private JsonObject item(String title, String amount, String responsible) {
    Long responsibleId = responsible == null ? null : userId(responsible);
    return create(
        title,
        (amount == null ? "" : ",\"amount\":" + amount)
            + (responsibleId == null ? "" : ",\"responsibleId\":" + responsibleId));
  }

  private JsonObject create(String title, String moreJson) {
    Reply created =
        admin()
            .post(
                "items",
                "{\"typeCode\":\"" + type + "\",\"title\":\"" + title + "\"" + moreJson + "}");
    assertEquals(201, created.status(), created.toString());
    return created.json();
  }

  private void move(JsonObject item, long stageId) {
    Reply moved =
        admin()
            .put(
                "items/" + item.getJsonNumber("id") + "/stage",
                "{\"stageId\":" + stageId + ",\"version\":" + item.getJsonNumber("version") + "}");
    assertEquals(200, moved.status(), moved.toString());
  }

  private Reply createIn(long stageId, String title) {
    return admin()
        .post(
            "items",
            "{\"typeCode\":\""
                + type
                + "\",\"pipelineId\":"
                + pipeline
                + ",\"stageId\":"
                + stageId
                + ",\"title\":\""
                + title
                + "\"}");
  }

  /** A user's id, read off a contact they create. */
  private long userId(String login) {
    return as(login)
        .post("items", "{\"typeCode\":\"contact\",\"title\":\"Probe\"}")
        .json()
        .getJsonNumber("createdById")
        .longValue();
  }

  private JsonObject board(String query) {
    Reply reply = admin().get("boards/" + pipeline + "?" + query);
    assertEquals(200, reply.status(), reply.toString());
    return reply.json();
  }

  private static List<String> stageNames(JsonObject board) {
    return board.getJsonArray("columns").getValuesAs(JsonObject.class).stream()
        .map(column -> column.getString("name"))
        .toList();
  }

  private long version() {
    return admin().get("pipelines/" + pipeline).json().getJsonNumber("version").longValue();
  }

  private static JsonObject column(JsonObject board, int index) {
    return board.getJsonArray("columns").getJsonObject(index);
  }

  private static List<Long> counts(JsonObject board) {
    return board.getJsonArray("columns").getValuesAs(JsonObject.class).stream()
        .map(column -> column.getJsonNumber("count").longValue())
        .toList();
  }

  private static String sum(JsonObject board, int index) {
    return column(board, index)
        .getJsonNumber("sum")
        .bigDecimalValue()
        .stripTrailingZeros()
        .toPlainString();
  }
}
