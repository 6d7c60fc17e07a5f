package org.tessera.crm.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.tessera.crm.testing.Api;
import org.tessera.crm.testing.Api.Reply;
import org.tessera.crm.testing.ApiTest;
import org.tessera.crm.testing.CrmDeployment;

/** Items through the REST API, in the real Payara Micro on the configured database. */
class ItemsApiIT extends ApiTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @Test
  void createsItemsOfEverySystemTypeAndStagedOnesStartInTheInitialStage() {
    for (String type : List.of("lead", "deal", "contact", "company", "invoice", "quote")) {
      String title = type + " " + UUID.randomUUID();
      Reply created =
          admin().post("items", "{\"typeCode\":\"" + type + "\",\"title\":\"" + title + "\"}");
      assertEquals(201, created.status(), created.toString());
      assertNotNull(created.location());
      JsonObject item = created.json();

      JsonObject read = admin().get("items/" + item.getJsonNumber("id").longValue()).json();
      assertEquals(title, read.getString("title"));
      assertEquals(type, read.getString("type"));
      if (List.of("contact", "company").contains(type)) {
        assertFalse(read.containsKey("stageId"), type + " items have no stage");
      } else {
        JsonObject pipeline = firstPipeline(type);
        assertEquals(
            pipeline.getJsonNumber("id").longValue(), read.getJsonNumber("pipelineId").longValue());
        assertEquals(initialStageId(pipeline), read.getJsonNumber("stageId").longValue(), type);
      }
    }
  }

  @Test
  void aNewDealInTheSecondPipelineStartsInThatPipelinesInitialStage() {
    JsonObject partners =
        admin().get("pipelines?type=deal").json().getJsonArray("content").stream()
            .map(JsonObject.class::cast)
            .filter(p -> p.getString("name").equals("Partners"))
            .findFirst()
            .orElseThrow();
    long pipelineId = partners.getJsonNumber("id").longValue();
    JsonObject deal =
        admin()
            .post(
                "items",
                "{\"typeCode\":\"deal\",\"pipelineId\":"
                    + pipelineId
                    + ",\"title\":\"Partner deal\",\"amount\":1200.50}")
            .json();
    assertEquals(initialStageId(partners), deal.getJsonNumber("stageId").longValue());
    assertEquals(
        "1200.5",
        deal.getJsonNumber("amount").bigDecimalValue().stripTrailingZeros().toPlainString());
    assertEquals("EUR", deal.getString("currency"));
  }

  @Test
  void aStaleVersionIsRefusedWith409AndTheNewerChangeIsKept() {
    JsonObject deal = createDeal("Optimistic " + UUID.randomUUID());
    long id = id(deal);
    long version = deal.getJsonNumber("version").longValue();
    Reply first =
        admin().put("items/" + id, "{\"title\":\"First edit\",\"version\":" + version + "}");
    assertEquals(200, first.status(), first.toString());
    assertEquals(version + 1, first.json().getJsonNumber("version").longValue());

    Reply stale =
        admin().put("items/" + id, "{\"title\":\"Lost edit\",\"version\":" + version + "}");
    assertEquals(409, stale.status(), stale.toString());
    assertTrue(stale.contentType().startsWith("application/problem+json"), stale.contentType());
    assertEquals(409, stale.json().getInt("status"));
    assertEquals("First edit", admin().get("items/" + id).json().getString("title"));
  }

  @Test
  void movesAnItemToAnotherStageOfItsPipelineOnly() {
    JsonObject deal = createDeal("Move me " + UUID.randomUUID());
    long id = id(deal);
    JsonObject sales = firstPipeline("deal");
    long second = sales.getJsonArray("stages").getJsonObject(1).getJsonNumber("id").longValue();
    Reply moved =
        admin()
            .put(
                "items/" + id + "/stage",
                "{\"stageId\":" + second + ",\"version\":" + deal.getJsonNumber("version") + "}");
    assertEquals(200, moved.status(), moved.toString());
    assertEquals(second, moved.json().getJsonNumber("stageId").longValue());

    long leadStage = initialStageId(firstPipeline("lead"));
    Reply foreign =
        admin()
            .put(
                "items/" + id + "/stage",
                "{\"stageId\":"
                    + leadStage
                    + ",\"version\":"
                    + moved.json().getJsonNumber("version")
                    + "}");
    assertEquals(404, foreign.status(), foreign.toString());
    assertEquals(second, admin().get("items/" + id).json().getJsonNumber("stageId").longValue());

    Reply unknownItem =
        admin()
            .put(
                "items/" + Long.MAX_VALUE + "/stage", "{\"stageId\":" + second + ",\"version\":0}");
    assertEquals(404, unknownItem.status(), unknownItem.toString());
    assertTrue(unknownItem.json().getString("detail").startsWith("Item "), unknownItem.toString());
  }

  @Test
  void refusesToMoveAnItemOfATypeWithoutStages() {
    Reply contact =
        admin()
            .post(
                "items",
                "{\"typeCode\":\"contact\",\"title\":\"Still " + UUID.randomUUID() + "\"}");
    long stage = initialStageId(firstPipeline("deal"));
    Reply moved =
        admin()
            .put(
                "items/" + id(contact.json()) + "/stage",
                "{\"stageId\":"
                    + stage
                    + ",\"version\":"
                    + contact.json().getJsonNumber("version")
                    + "}");
    assertEquals(422, moved.status(), moved.toString());
    assertEquals("item.no-stages", moved.json().getString("rule"));
  }

  @Test
  void listsItemsOfATypePageByPageNewestFirst() {
    long older = id(createDeal("Paging A " + UUID.randomUUID()));
    long newer = id(createDeal("Paging B " + UUID.randomUUID()));
    JsonObject page = admin().get("items?type=deal&size=2&page=0").json();
    assertEquals(2, page.getJsonArray("content").size());
    assertEquals(2, page.getInt("size"));
    assertTrue(page.getJsonNumber("total").longValue() >= 2);
    assertEquals(
        newer, page.getJsonArray("content").getJsonObject(0).getJsonNumber("id").longValue());
    assertEquals(
        older, page.getJsonArray("content").getJsonObject(1).getJsonNumber("id").longValue());
  }

  @Test
  void remembersWhoCreatedAndWhoLastChangedAnItem() {
    JsonObject deal = createDeal("Audit " + UUID.randomUUID());
    assertEquals(deal.getJsonNumber("createdById"), deal.getJsonNumber("updatedById"));
    assertEquals(deal.getJsonNumber("createdById"), deal.getJsonNumber("responsibleId"));

    Reply edited =
        Api.as(deployment, "sophie")
            .put(
                "items/" + id(deal),
                "{\"title\":\"Audited\",\"version\":" + deal.getJsonNumber("version") + "}");
    assertEquals(200, edited.status(), edited.toString());
    assertEquals(deal.getJsonNumber("createdById"), edited.json().getJsonNumber("createdById"));
    assertNotEquals(deal.getJsonNumber("createdById"), edited.json().getJsonNumber("updatedById"));
    assertFalse(
        OffsetDateTime.parse(edited.json().getString("updatedAt"))
            .isBefore(OffsetDateTime.parse(deal.getString("updatedAt"))),
        "the change time moves forward");
  }

  @Test
  void deletesAnItemAtItsCurrentVersion() {
    JsonObject deal = createDeal("Delete me " + UUID.randomUUID());
    long id = id(deal);
    assertEquals(409, admin().delete("items/" + id + "?version=77").status());
    assertEquals(200, admin().get("items/" + id).status());
    assertEquals(
        204, admin().delete("items/" + id + "?version=" + deal.getJsonNumber("version")).status());
    assertEquals(404, admin().get("items/" + id).status());
  }

  @Test
  void badInputGetsAProblemBodyAndChangesNothing() {
    long before = admin().get("items?type=deal&size=1").json().getJsonNumber("total").longValue();

    Reply malformed = admin().post("items", "{\"typeCode\":\"deal\",\"title\":");
    assertEquals(400, malformed.status(), malformed.toString());
    assertTrue(malformed.contentType().startsWith("application/problem+json"));

    Reply noTitle = admin().post("items", "{\"typeCode\":\"deal\",\"title\":\" \"}");
    assertEquals(400, noTitle.status(), noTitle.toString());
    assertEquals(
        "title", noTitle.json().getJsonArray("violations").getJsonObject(0).getString("field"));

    Reply negative = admin().post("items", "{\"typeCode\":\"deal\",\"title\":\"x\",\"amount\":-5}");
    assertEquals(400, negative.status(), negative.toString());

    Reply amountOnContact =
        admin().post("items", "{\"typeCode\":\"contact\",\"title\":\"x\",\"amount\":5}");
    assertEquals(422, amountOnContact.status(), amountOnContact.toString());
    assertEquals("item.no-amount", amountOnContact.json().getString("rule"));

    Reply unknownType = admin().post("items", "{\"typeCode\":\"spaceship\",\"title\":\"x\"}");
    assertEquals(404, unknownType.status(), unknownType.toString());

    assertEquals(400, admin().get("items?type=deal&page=abc").status());
    assertEquals(400, admin().get("items?type=deal&size=100000").status());
    Reply unknownId = admin().get("items/987654321");
    assertEquals(404, unknownId.status());
    assertEquals("Item 987654321 does not exist", unknownId.json().getString("detail"));

    assertEquals(
        before, admin().get("items?type=deal&size=1").json().getJsonNumber("total").longValue());
  }

  @Test
  void theApiNeedsValidCredentials() {
    Reply anonymous = Api.anonymous(deployment).get("items?type=deal");
    assertEquals(401, anonymous.status(), anonymous.toString());
    assertTrue(anonymous.contentType().startsWith("application/problem+json"));
    assertEquals(
        401, Api.withPassword(deployment, "admin", "wrong").get("items?type=deal").status());
    assertEquals(200, Api.as(deployment, "sophie").get("items?type=deal").status());
  }

  @Test
  void repeatedWrongPasswordsLockTheLoginAndNotOthers() {
    Api guesser = Api.withPassword(deployment, "mallory", "guess");
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertEquals(401, guesser.get("items?type=deal").status(), "attempt " + attempt);
    }
    Reply locked = guesser.get("items?type=deal");
    assertEquals(429, locked.status(), locked.toString());
    assertTrue(locked.json().getString("detail").contains("Too many failed sign-ins"));
    assertEquals(200, Api.as(deployment, "sophie").get("items?type=deal").status());
  }

  private JsonObject createDeal(String title) {
    Reply created = admin().post("items", "{\"typeCode\":\"deal\",\"title\":\"" + title + "\"}");
    assertEquals(201, created.status(), created.toString());
    return created.json();
  }

  private static long id(JsonObject item) {
    return item.getJsonNumber("id").longValue();
  }

  private JsonObject firstPipeline(String type) {
    return admin().get("pipelines?type=" + type).json().getJsonArray("content").getJsonObject(0);
  }

  private static long initialStageId(JsonObject pipeline) {
    JsonObject initial = pipeline.getJsonArray("stages").getJsonObject(0);
    assertEquals("INITIAL", initial.getString("semantics"));
    return initial.getJsonNumber("id").longValue();
  }
}
