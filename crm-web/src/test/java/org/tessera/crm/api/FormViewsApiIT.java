package org.tessera.crm.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Form views of the card through the REST API: sections, hidden fields, tabs, which view wins. */
class FormViewsApiIT extends ApiTest {

  private String type;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @BeforeEach
  void newType() {
    type = admin().newItemType("v", "Projects", true, true);
  }

  @Test
  void aTypeStartsWithTheShippedLayoutAndNewFieldsJoinItsGeneralView() {
    long budget = field("budget");

    JsonObject form = form(admin());
    assertEquals("GENERAL", form.getJsonObject("view").getString("kind"));
    assertEquals(List.of("title", "stage", "amount", "responsible"), codes(form, "main"));
    assertEquals(List.of("budget"), codes(form, "more"));
    assertEquals(budget, fieldId(form, "more", 0));
    assertEquals("PRODUCTS", form.getJsonArray("tabs").getJsonObject(0).getString("code"));
    assertTrue(form.getBoolean("editable"));
    assertFalse(form(Api.as(deployment, "sophie")).getBoolean("editable"));
  }

  @Test
  void hidingAFieldKeepsItsValueAndShowingItPutsItWhereAsked() {
    long budget = field("budget");
    long item = itemWithBudget(Api.as(deployment, "sophie"));
    long general = viewId(form(admin()));

    JsonObject hidden = ok(admin().delete("form-views/" + general + "/fields/" + budget));
    assertEquals(List.of(), codes(hidden, "more"));
    assertEquals("budget", hidden.getJsonArray("hidden").getJsonObject(0).getString("code"));
    assertEquals("12", budgetOf(item));

    JsonObject shown =
        ok(
            admin()
                .put(
                    "form-views/" + general + "/fields/" + budget,
                    "{\"sectionId\":\"main\",\"position\":1}"));
    assertEquals(
        List.of("title", "budget", "stage", "amount", "responsible"), codes(shown, "main"));
    assertEquals(0, shown.getJsonArray("hidden").size());
    assertEquals("12", budgetOf(item));
  }

  @Test
  void deletingASectionHidesItsFieldsAndKeepsTheirValues() {
    long budget = field("budget");
    long item = itemWithBudget(admin());
    long general = viewId(form(admin()));
    JsonObject withBilling =
        ok(admin().post("form-views/" + general + "/sections", "{\"title\":\"Billing\"}"));
    String billing = sectionIds(withBilling).get(2);
    ok(
        admin()
            .put(
                "form-views/" + general + "/fields/" + budget,
                "{\"sectionId\":\"" + billing + "\",\"position\":0}"));
    JsonObject renamed =
        ok(
            admin()
                .put(
                    "form-views/" + general + "/sections/" + billing,
                    "{\"title\":\"Invoicing\",\"position\":0}"));
    assertEquals(List.of(billing, "main", "more"), sectionIds(renamed));

    JsonObject deleted = ok(admin().delete("form-views/" + general + "/sections/" + billing));
    assertEquals(List.of("main", "more"), sectionIds(deleted));
    assertEquals("budget", deleted.getJsonArray("hidden").getJsonObject(0).getString("code"));
    assertEquals("12", budgetOf(item));
  }

  @Test
  void resetPutsTheShippedLayoutBackIntoTheGeneralView() {
    field("budget");
    long general = viewId(form(admin()));
    ok(admin().post("form-views/" + general + "/sections", "{\"title\":\"Billing\"}"));
    ok(admin().delete("form-views/" + general + "/sections/more"));
    ok(admin().put("form-views/" + general + "/tabs/HISTORY", "{\"position\":0,\"hidden\":true}"));

    JsonObject reset = ok(admin().post("forms/" + type + "/general/reset", "{}"));
    assertEquals(List.of("main", "more"), sectionIds(reset));
    assertEquals(List.of("budget"), codes(reset, "more"));
    assertEquals("PRODUCTS", reset.getJsonArray("tabs").getJsonObject(0).getString("code"));
  }

  @Test
  void tabsAreReorderedAndHiddenPerView() {
    long general = viewId(form(admin()));
    JsonObject changed =
        ok(
            admin()
                .put(
                    "form-views/" + general + "/tabs/HISTORY", "{\"position\":0,\"hidden\":true}"));
    JsonObject first = changed.getJsonArray("tabs").getJsonObject(0);
    assertEquals("HISTORY", first.getString("code"));
    assertTrue(first.getBoolean("hidden"));
    assertEquals(404, admin().put("form-views/" + general + "/tabs/NOPE", "{}").status());
  }

  @Test
  void myViewBeatsTheGeneralViewUnlessItIsSetForEveryoneAndAnAssignedViewBeatsBoth() {
    long budget = field("budget");
    Api sophie = Api.as(deployment, "sophie");
    long sophieId = itemOf(sophie).getJsonNumber("createdById").longValue();

    JsonObject mine = ok(sophie.post("forms/" + type + "/my-view", "{}"));
    assertEquals("PERSONAL", mine.getJsonObject("view").getString("kind"));
    ok(sophie.delete("form-views/" + viewId(mine) + "/fields/" + budget));
    assertEquals("PERSONAL", form(sophie).getJsonObject("view").getString("kind"));
    assertEquals(List.of(), codes(form(sophie), "more"));
    assertEquals(List.of("budget"), codes(form(admin()), "more"));

    ok(admin().put("forms/" + type + "/general/for-everyone", "{\"forEveryone\":true}"));
    JsonObject forced = form(sophie);
    assertEquals("GENERAL", forced.getJsonObject("view").getString("kind"));
    assertEquals(1, forced.getJsonArray("views").size());
    Reply locked = sophie.post("forms/" + type + "/my-view", "{}");
    assertEquals(403, locked.status(), locked.toString());
    assertEquals("form.view-locked", locked.json().getString("rule"));

    Reply named =
        admin()
            .post(
                "forms/" + type + "/views",
                "{\"name\":\"Field sales\",\"userIds\":[" + sophieId + "]}");
    assertEquals(201, named.status(), named.toString());
    JsonObject assigned = form(sophie);
    assertEquals("Field sales", assigned.getJsonObject("view").getString("name"));

    ok(admin().put("forms/" + type + "/general/for-everyone", "{\"forEveryone\":false}"));
    assertEquals("NAMED", form(sophie).getJsonObject("view").getString("kind"));
    JsonObject switched =
        ok(sophie.put("forms/" + type + "/choice", "{\"viewId\":" + viewId(mine) + "}"));
    assertEquals("PERSONAL", switched.getJsonObject("view").getString("kind"));

    Reply notJulies =
        Api.as(deployment, "julie")
            .put("forms/" + type + "/choice", "{\"viewId\":" + viewId(named.json()) + "}");
    assertEquals(403, notJulies.status(), notJulies.toString());
  }

  @Test
  void usersCannotArrangeTheGeneralViewAndBadRequestsAreRefusedClearly() {
    long budget = field("budget");
    long general = viewId(form(admin()));

    Reply locked =
        Api.as(deployment, "sophie").delete("form-views/" + general + "/fields/" + budget);
    assertEquals(403, locked.status(), locked.toString());
    assertEquals("form.view-locked", locked.json().getString("rule"));

    Reply noSection =
        admin()
            .put(
                "form-views/" + general + "/fields/" + budget,
                "{\"sectionId\":\"nowhere\",\"position\":0}");
    assertEquals(422, noSection.status(), noSection.toString());
    assertEquals("form.section-unknown", noSection.json().getString("rule"));

    Reply lastSection = admin().delete("form-views/" + general + "/sections/more");
    assertEquals(200, lastSection.status());
    Reply keepOne = admin().delete("form-views/" + general + "/sections/main");
    assertEquals(422, keepOne.status(), keepOne.toString());
    assertEquals(List.of("main"), sectionIds(form(admin())));

    assertEquals(404, admin().get("form-views/999999999").status());
    assertEquals(404, admin().get("forms/nosuchtype").status());
    assertEquals(
        403, Api.as(deployment, "sophie").post("forms/" + type + "/general/reset", "{}").status());
  }

  @Test
  void deletedAndInvisibleFieldsAreInNoOnesForm() {
    long budget = field("budget");
    long secret = field("secret");
    long adminId = itemOf(admin()).getJsonNumber("createdById").longValue();
    ok(admin().put("fields/" + secret + "/visibility", "{\"userIds\":[" + adminId + "]}"));
    Reply nobody = admin().put("fields/" + secret + "/visibility", "{\"userIds\":[42]}");
    assertEquals(422, nobody.status(), nobody.toString());

    JsonObject sophies = form(Api.as(deployment, "sophie"));
    assertEquals(List.of("budget"), codes(sophies, "more"));
    assertEquals(List.of("budget", "secret"), codes(form(admin()), "more"));

    assertEquals(204, admin().delete("fields/" + budget).status());
    JsonObject after = form(admin());
    assertEquals(List.of("secret"), codes(after, "more"));
    assertFalse(after.toString().contains("\"budget\""));
  }

  private long field(String code) {
    return admin().newField(type, code, "INTEGER", "");
  }

  private JsonObject itemOf(Api user) {
    Reply created = user.post("items", "{\"typeCode\":\"" + type + "\",\"title\":\"Roll-out\"}");
    assertEquals(201, created.status(), created.toString());
    return created.json();
  }

  private long itemWithBudget(Api user) {
    Reply created =
        user.post(
            "items",
            "{\"typeCode\":\"" + type + "\",\"title\":\"Roll-out\",\"fields\":{\"budget\":12}}");
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  private String budgetOf(long item) {
    return admin().get("items/" + item).json().getJsonObject("fields").get("budget").toString();
  }

  private JsonObject form(Api user) {
    return ok(user.get("forms/" + type));
  }

  private static JsonObject ok(Reply reply) {
    assertEquals(200, reply.status(), reply.toString());
    return reply.json();
  }

  private static long viewId(JsonObject form) {
    return form.getJsonObject("view").getJsonNumber("id").longValue();
  }

  private static List<String> sectionIds(JsonObject form) {
    return form.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
        .map(s -> s.getString("id"))
        .toList();
  }

  private static List<String> codes(JsonObject form, String section) {
    return section(form, section).getJsonArray("fields").getValuesAs(JsonObject.class).stream()
        .map(f -> f.getString("code"))
        .toList();
  }

  private static long fieldId(JsonObject form, String section, int index) {
    return section(form, section)
        .getJsonArray("fields")
        .getJsonObject(index)
        .getJsonNumber("id")
        .longValue();
  }

  private static JsonObject section(JsonObject form, String id) {
    return form.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("id").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no section " + id + " in " + form));
  }
}
