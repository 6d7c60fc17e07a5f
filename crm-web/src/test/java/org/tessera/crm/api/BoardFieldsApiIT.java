package org.tessera.crm.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.crm.testing.Api;
import org.tessera.crm.testing.Api.Reply;
import org.tessera.crm.testing.ApiTest;
import org.tessera.crm.testing.CrmDeployment;

/** Which fields the board shows on cards (M25) and in the quick-create form (M24). */
class BoardFieldsApiIT extends ApiTest {

  private String type;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @BeforeEach
  void newType() {
    type = admin().newItemType("bf", "Tenders", true, true);
    admin().newField(type, "lot", "STRING", "");
    admin().newField(type, "budget", "MONEY", "");
  }

  @Test
  void eachUserChoosesTheirCardFieldsOverTheCommonChoiceAndDefault() {
    assertEquals(List.of("amount", "responsible"), cardFields(as("marc")));

    Reply mine = as("marc").put(path("card-fields"), "{\"fields\":[\"lot\",\"amount\"]}");
    assertEquals(200, mine.status(), mine.toString());
    assertEquals(List.of("lot", "amount"), codes(mine));
    assertEquals(List.of("lot", "amount"), cardFields(as("marc")));
    assertEquals(List.of("amount", "responsible"), cardFields(as("sophie")));
    assertEquals(List.of("lot", "amount"), boardCardFields(as("marc")));

    Reply common =
        admin().put(path("card-fields/for-everyone"), "{\"fields\":[\"budget\",\"lot\"]}");
    assertEquals(200, common.status(), common.toString());
    assertEquals(List.of("budget", "lot"), cardFields(as("sophie")));
    assertEquals(List.of("lot", "amount"), cardFields(as("marc")), "marc keeps his own");

    assertEquals(List.of("budget", "lot"), codes(as("marc").delete(path("card-fields"))));
  }

  @Test
  void aCardFieldHiddenFromAUserIsLeftOutOfTheirChoice() {
    admin().put(path("card-fields/for-everyone"), "{\"fields\":[\"lot\",\"budget\"]}");
    long budget =
        admin().get("fields?type=" + type).array().getValuesAs(JsonObject.class).stream()
            .filter(field -> field.getString("code").equals("budget"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    long julie = userId("julie");
    admin().put("fields/" + budget + "/visibility", "{\"userIds\":[" + julie + "]}");

    assertEquals(List.of("lot", "budget"), cardFields(as("julie")));
    assertEquals(List.of("lot"), cardFields(as("sophie")));
    Reply chosen = as("sophie").put(path("card-fields"), "{\"fields\":[\"budget\"]}");
    assertEquals(422, chosen.status(), chosen.toString());
  }

  @Test
  void aBadChoiceIsRefusedAndChangesNothing() {
    as("marc").put(path("card-fields"), "{\"fields\":[\"lot\"]}");
    for (String bad :
        List.of(
            "{\"fields\":[\"nope\"]}",
            "{\"fields\":[\"lot\",\"lot\"]}",
            "{\"fields\":[\"stage\"]}",
            "{\"fields\":[\"title\"]}")) {
      Reply refused = as("marc").put(path("card-fields"), bad);
      assertEquals(422, refused.status(), bad + " " + refused);
      assertTrue(refused.contentType().startsWith("application/problem+json"), refused.toString());
    }
    assertEquals(400, as("marc").put(path("card-fields"), "{}").status());
    assertEquals(List.of("lot"), cardFields(as("marc")));
    assertEquals(403, as("marc").put(path("card-fields/for-everyone"), "{\"fields\":[]}").status());
    assertEquals(404, as("marc").get("item-types/nosuchtype/board/card-fields").status());
  }

  @Test
  void theQuickCreateFormAsksForTheAdminsChoiceAndWhatTheStageRequires() {
    JsonObject pipeline =
        admin().get("pipelines?type=" + type).json().getJsonArray("content").getJsonObject(0);
    long second = pipeline.getJsonArray("stages").getJsonObject(1).getJsonNumber("id").longValue();
    admin().newField(type, "po", "STRING", ",\"requiredStageIds\":[" + second + "]");

    assertEquals(List.of("title", "amount"), codes(as("marc").get(path("quick-create-fields"))));

    Reply chosen = admin().put(path("quick-create-fields"), "{\"fields\":[\"lot\",\"budget\"]}");
    assertEquals(200, chosen.status(), chosen.toString());
    assertEquals(List.of("title", "lot", "budget"), codes(chosen));
    assertEquals(
        List.of("title", "lot", "budget", "po"),
        codes(as("marc").get(path("quick-create-fields?stage=" + second))));
    assertEquals(
        403, as("marc").put(path("quick-create-fields"), "{\"fields\":[\"lot\"]}").status());
  }

  private String path(String rest) {
    return "item-types/" + type + "/board/" + rest;
  }

  private List<String> cardFields(Api api) {
    Reply reply = api.get(path("card-fields"));
    assertEquals(200, reply.status(), reply.toString());
    return codes(reply);
  }

  private List<String> boardCardFields(Api api) {
    long pipeline =
        api.get("pipelines?type=" + type)
            .json()
            .getJsonArray("content")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    return api.get("boards/" + pipeline).json().getJsonArray("cardFields").stream()
        .map(code -> ((jakarta.json.JsonString) code).getString())
        .toList();
  }

  private static List<String> codes(Reply reply) {
    return reply.array().getValuesAs(JsonObject.class).stream()
        .map(field -> field.getString("code"))
        .toList();
  }

  private long userId(String login) {
    return as(login)
        .post("items", "{\"typeCode\":\"" + type + "\",\"title\":\"By " + login + "\"}")
        .json()
        .getJsonNumber("createdById")
        .longValue();
  }
}
