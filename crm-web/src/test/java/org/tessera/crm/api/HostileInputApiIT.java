package org.tessera.crm.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.crm.testing.Api.Reply;
import org.tessera.crm.testing.ApiTest;
import org.tessera.crm.testing.CrmDeployment;

/**
 * What an attacker or a careless client sends: markup, SQL, oversized and malformed input, racing
 * writes. Every case ends in a 4xx with a clear message, or is shown as plain text, and leaves the
 * stored data as it was.
 */
class HostileInputApiIT extends ApiTest {

  private static final String SCRIPT = "<script>alert('title')</script>";
  private static final String IMAGE = "<img src=x onerror=alert('comment')>";

  private long pipeline;
  private long item;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @BeforeEach
  void aDealInAPipelineOfItsOwn() {
    Reply created =
        admin().post("pipelines", "{\"type\":\"deal\",\"name\":\"Hostile " + unique() + "\"}");
    assertEquals(201, created.status(), created.toString());
    pipeline = created.json().getJsonNumber("id").longValue();
    item = deal("Plain deal");
  }

  @Test
  void markupInTitlesCommentsAndFieldLabelsIsShownAsTextOnCardBoardAndTimeline() {
    String code = "xss_" + unique();
    Reply labelled =
        admin()
            .post(
                "fields",
                "{\"type\":\"deal\",\"code\":\""
                    + code
                    + "\",\"dataType\":\"STRING\",\"labelEn\":\"<b onmouseover=alert('label')>x</b>\"}");
    assertEquals(201, labelled.status(), labelled.toString());
    long hostile = deal(SCRIPT);
    Reply comment = admin().post("items/" + hostile + "/timeline/comments", json("text", IMAGE));
    assertEquals(201, comment.status(), comment.toString());
    assertEquals(
        SCRIPT, admin().get("items/" + hostile).json().getString("title"), "kept as written");

    String card = page("items/card.xhtml?id=" + hostile);
    String board = page("items/board.xhtml?type=deal&pipeline=" + pipeline);
    for (String html : List.of(card, board)) {
      assertFalse(html.contains(SCRIPT), "no live script");
      assertTrue(html.contains("&lt;script&gt;alert("), "the title is shown as text");
    }
    assertFalse(card.contains(IMAGE), "no live image in the timeline");
    assertTrue(card.contains("&lt;img src=x onerror=alert("), "the comment is shown as text");
    assertFalse(card.contains("<b onmouseover"), "no live markup in field labels");
  }

  @Test
  void sqlInFiltersAndParametersIsDataNeverCode() {
    deal("O'Brien's fleet");
    String board = "boards/" + pipeline + "?q=";
    assertEquals(0, cardCount(board + encode("' or '1'='1")), "a quote matches titles only");
    assertEquals(1, cardCount(board + encode("o'brien")), "a quote in a title is found");
    assertEquals(0, cardCount(board + encode("%' or 1=1 --")));

    assertRefused(
        422, admin().get("boards/" + pipeline + "?field=" + encode("x; drop table item")));
    assertRefused(400, admin().get("items?type=" + encode("deal' or '1'='1")));
    assertRefused(400, admin().get("boards/" + pipeline + "?responsible=" + encode("1 or 1=1")));
    assertRefused(400, admin().get("items?type=deal&page=" + encode("0;delete from item")));

    assertEquals(2, cardCount("boards/" + pipeline + "?cards=5"), "every deal is still there");
  }

  @Test
  void oversizedUnknownNegativeHugeAndInvalidInputIsRefusedAndChangesNothing() {
    JsonObject before = admin().get("items/" + item).json();

    assertRefused(400, admin().post("items", newDeal("x".repeat(256), "")));
    assertRefused(413, admin().post("items", newDeal("x".repeat(2_000_000), "")));
    assertRefused(400, admin().post("items", newDeal("Negative", ",\"amount\":-1")));
    assertRefused(400, admin().post("items", newDeal("Huge", ",\"amount\":1e30")));
    assertRefused(400, admin().post("items", newDeal("Words", ",\"amount\":\"a lot\"")));
    assertRefused(400, admin().post("items", newDeal("Currency", ",\"currency\":\"euros\"")));
    assertRefused(
        400,
        admin()
            .post(
                "items/" + item + "/activities",
                "{\"kind\":\"TELEPORT\",\"subject\":\"x\",\"deadline\":\"2030-01-01T10:00:00Z\"}"));
    assertRefused(
        400,
        admin()
            .post(
                "items/" + item + "/activities",
                "{\"kind\":\"CALL\",\"subject\":\"x\",\"deadline\":\"tomorrow\"}"));
    assertRefused(400, admin().get("boards/" + pipeline + "?createdFrom=2026-13-45"));
    assertRefused(400, admin().put("items/" + item + "/stage", "{\"stageId\":\"next\"}"));
    assertRefused(
        422, admin().post("items/" + item + "/timeline/comments", json("text", "y".repeat(5000))));

    assertRefused(
        422,
        admin()
            .post(
                "files?name=huge.bin", "application/octet-stream", new byte[10 * 1024 * 1024 + 1]));
    String closing = "closing_" + unique();
    admin().newField("deal", closing, "DATE", "");
    assertRefused(
        422,
        admin()
            .put(
                "items/" + item,
                "{\"title\":\"Plain deal\",\"fields\":{\""
                    + closing
                    + "\":\"2026-02-30\"},\"version\":"
                    + before.getJsonNumber("version")
                    + "}"));
    assertEquals(1, cardCount("boards/" + pipeline + "?cards=5"), "no deal was created");
    assertEquals(before, admin().get("items/" + item).json(), "the deal is as it was");
    assertEquals(0, admin().get("items/" + item + "/activities").array().size());
    assertEquals(
        1, admin().get("items/" + item + "/timeline").json().getJsonNumber("total").longValue());
  }

  @Test
  void concurrentUpdatesOfOneItemKeepOneAndAnswerTheOthers409() throws Exception {
    long version = admin().get("items/" + item).json().getJsonNumber("version").longValue();
    int writers = 6;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<Reply>> replies = new ArrayList<>();
    try {
      for (int i = 0; i < writers; i++) {
        String title = "Writer " + i;
        Callable<Reply> write =
            () -> {
              start.await();
              return admin()
                  .put(
                      "items/" + item, "{\"title\":\"" + title + "\",\"version\":" + version + "}");
            };
        replies.add(pool.submit(write));
      }
      start.countDown();
      List<Reply> answered = new ArrayList<>();
      for (Future<Reply> reply : replies) {
        answered.add(reply.get());
      }
      List<Reply> kept = answered.stream().filter(r -> r.status() == 200).toList();
      assertEquals(1, kept.size(), answered.toString());
      answered.stream().filter(r -> r.status() != 200).forEach(r -> assertRefused(409, r));
      JsonObject stored = admin().get("items/" + item).json();
      assertEquals(kept.get(0).json().getString("title"), stored.getString("title"));
      assertEquals(version + 1, stored.getJsonNumber("version").longValue(), "one change, once");
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertRefused(int status, Reply reply) {
    assertEquals(status, reply.status(), reply.toString());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
    assertFalse(reply.json().getString("detail", "").isBlank(), "a message says why: " + reply);
  }

  private long deal(String title) {
    Reply created = admin().post("items", newDeal(title, ""));
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  private String newDeal(String title, String more) {
    return "{\"typeCode\":\"deal\",\"pipelineId\":"
        + pipeline
        + ",\"title\":"
        + quoted(title)
        + more
        + "}";
  }

  private long cardCount(String boardPath) {
    Reply board = admin().get(boardPath);
    assertEquals(200, board.status(), board.toString());
    return board.json().getJsonArray("columns").getValuesAs(JsonObject.class).stream()
        .mapToLong(column -> column.getJsonNumber("count").longValue())
        .sum();
  }

  private String page(String path) {
    Reply page = admin().page(path);
    assertEquals(200, page.status(), path);
    return page.body();
  }

  private static String json(String name, String value) {
    return "{\"" + name + "\":" + quoted(value) + "}";
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String unique() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }
}
