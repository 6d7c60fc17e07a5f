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
import org.tessera.crm.testing.Api;
import org.tessera.crm.testing.Api.Reply;
import org.tessera.crm.testing.ApiTest;
import org.tessera.crm.testing.CrmDeployment;

/**
 * Items created from others: lead conversion, field mapping, repeat leads, and the links the
 * Dependencies tab shows from both ends.
 */
class RelationsApiIT extends ApiTest {

  private static final long CONVERTED = 13;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @Test
  void aLeadBecomesADealWithANewContactAndCompanyCarryingItsData() {
    String code = unique("ref");
    admin().newField("lead", code, "STRING", "");
    admin().newField("deal", code, "STRING", "");
    String company = "Company " + unique("c");
    String email = unique("e") + "@example.com";
    JsonObject lead =
        lead(
            "Lead " + code,
            "\"email\":[\""
                + email
                + "\"],\"phone\":[\"+33 1 23 45 67 89\"],\"company_name\":\""
                + company
                + "\",\""
                + code
                + "\":\"PO-77\"");
    Reply products =
        as("sophie")
            .put(
                "items/" + id(lead) + "/products",
                "{\"version\":"
                    + lead.getJsonNumber("version")
                    + ",\"rows\":[{\"productId\":2,\"quantity\":2}]}");
    assertEquals(200, products.status(), products.toString());

    Reply converted =
        as("sophie")
            .post(
                "items/" + id(lead) + "/lead-conversion",
                "{\"deal\":{},\"contact\":{\"create\":{}},\"company\":{\"create\":{}}}");

    assertEquals(200, converted.status(), converted.toString());
    JsonObject deal = converted.json().getJsonObject("deal");
    JsonObject contact = converted.json().getJsonObject("contact");
    JsonObject newCompany = converted.json().getJsonObject("company");
    assertEquals("Lead " + code, deal.getString("title"));
    assertEquals(
        0,
        deal.getJsonNumber("amount").bigDecimalValue().compareTo(new java.math.BigDecimal("2160")));
    JsonObject dealRow =
        admin().get("items/" + id(deal) + "/products").json().getJsonArray("rows").getJsonObject(0);
    assertEquals("Onboarding day", dealRow.getString("name"));
    assertEquals(2, dealRow.getJsonNumber("quantity").intValue());
    assertEquals("PO-77", deal.getJsonObject("fields").getString(code));
    assertEquals(20, deal.getJsonNumber("stageId").longValue());
    assertEquals(email, contact.getJsonObject("fields").getJsonArray("email").getString(0));
    assertEquals(company, newCompany.getString("title"));
    assertEquals(
        CONVERTED, admin().get("items/" + id(lead)).json().getJsonNumber("stageId").longValue());

    assertEquals(
        List.of(
            "CREATED_FROM_THIS:" + id(deal),
            "CREATED_FROM_THIS:" + id(contact),
            "CREATED_FROM_THIS:" + id(newCompany)),
        createdFromEntries(lead, "CREATED_FROM_THIS"));
    assertEquals(List.of("CREATED_FROM:" + id(lead)), createdFromEntries(deal, "CREATED_FROM"));
    assertEquals(
        List.of("SOURCE:" + id(lead), "LINKED:" + id(contact), "LINKED:" + id(newCompany)),
        relations(deal));
    assertTrue(
        relations(lead).contains("CREATED_FROM_THIS:" + id(deal)), relations(lead).toString());
    assertTrue(
        relations(newCompany).contains("LINKED:" + id(contact)), relations(newCompany).toString());
  }

  @Test
  void aFailureOnTheDealLeavesNoContactCompanyOrConvertedLead() {
    JsonObject pipeline =
        admin().post("pipelines", "{\"type\":\"deal\",\"name\":\"" + unique("P") + "\"}").json();
    long initial = pipeline.getJsonArray("stages").getJsonObject(0).getJsonNumber("id").longValue();
    String code = unique("must");
    admin().newField("deal", code, "STRING", ",\"requiredStageIds\":[" + initial + "]");
    String company = "Company " + unique("c");
    JsonObject lead = lead("Lead " + code, "\"company_name\":\"" + company + "\"");

    Reply refused =
        admin()
            .post(
                "items/" + id(lead) + "/lead-conversion",
                "{\"deal\":{\"pipelineId\":"
                    + pipeline.getJsonNumber("id")
                    + "},\"contact\":{\"create\":{}},\"company\":{\"create\":{}}}");

    assertEquals(422, refused.status(), refused.toString());
    assertEquals("field.required", refused.json().getString("rule"));
    assertTrue(refused.json().getString("detail").contains(code), refused.toString());
    assertEquals(List.of(), relations(lead));
    assertEquals(10, admin().get("items/" + id(lead)).json().getJsonNumber("stageId").longValue());
    assertTrue(
        admin()
            .get("items?type=company&size=200")
            .json()
            .getJsonArray("content")
            .getValuesAs(JsonObject.class)
            .stream()
            .noneMatch(item -> item.getString("title").equals(company)));
  }

  @Test
  void aLeadFromAKnownContactIsARepeatLeadLinkedToIt() {
    String email = unique("known") + "@example.com";
    Reply contact =
        as("marc")
            .post(
                "items",
                "{\"typeCode\":\"contact\",\"title\":\"Known client\",\"fields\":{\"email\":[\""
                    + email
                    + "\"]}}");
    assertEquals(201, contact.status(), contact.toString());
    JsonObject first = lead("First lead", "\"email\":[\"" + unique("other") + "@example.com\"]");
    assertFalse(first.getBoolean("repeatLead"));

    JsonObject again = lead("Again", "\"email\":[\"" + email.toUpperCase() + "\"]");

    assertTrue(again.getBoolean("repeatLead"));
    assertEquals(List.of("REPEAT:" + id(contact.json())), relations(again));
    JsonObject prefilled = admin().get("items/" + id(again) + "/lead-conversion").json();
    assertEquals(
        id(contact.json()),
        prefilled.getJsonObject("contact").getJsonNumber("existingId").longValue());
  }

  @Test
  void anAdminMapsFieldsOfOtherCodesAndOthersMayNot() {
    String leadCode = unique("src");
    String dealCode = unique("dst");
    admin().newField("lead", leadCode, "STRING", "");
    admin().newField("deal", dealCode, "STRING", "");
    String path = "conversions/lead/deal/mapping";

    assertEquals(
        403, as("sophie").put(path, "{\"" + dealCode + "\":\"" + leadCode + "\"}").status());
    Reply unknown = admin().put(path, "{\"" + dealCode + "\":\"nothing\"}");
    assertEquals(422, unknown.status(), unknown.toString());
    assertEquals("conversion.unknown-field", unknown.json().getString("rule"));
    Reply remapped = admin().put(path, "{\"" + dealCode + "\":\"" + leadCode + "\"}");
    assertEquals(200, remapped.status(), remapped.toString());

    JsonObject lead = lead("Mapped", "\"" + leadCode + "\":\"blue\"");
    JsonObject prefilled = admin().get("items/" + id(lead) + "/conversions/prefilled/deal").json();
    assertEquals("blue", prefilled.getJsonObject("fields").getString(dealCode));

    Reply reset = admin().delete(path);
    assertEquals(200, reset.status(), reset.toString());
    assertFalse(reset.json().containsKey(dealCode));
  }

  @Test
  void aDealBecomesAnInvoiceButAContactDoesNot() {
    Reply deal =
        as("sophie").post("items", "{\"typeCode\":\"deal\",\"title\":\"Seats\",\"amount\":990}");
    long dealId = id(deal.json());
    List<String> targets =
        as("sophie")
            .get("items/" + dealId + "/conversions")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(target -> target.getString("type"))
            .toList();
    assertEquals(List.of("invoice", "quote"), targets);

    Reply invoice =
        as("sophie")
            .post(
                "items/" + dealId + "/conversions",
                "{\"typeCode\":\"invoice\",\"title\":\"Invoice seats\"}");

    assertEquals(201, invoice.status(), invoice.toString());
    assertEquals("Invoice seats", invoice.json().getString("title"));
    assertEquals(990, invoice.json().getJsonNumber("amount").intValue());
    assertEquals(50, invoice.json().getJsonNumber("stageId").longValue());
    JsonObject contact =
        as("sophie").post("items", "{\"typeCode\":\"contact\",\"title\":\"Ann\"}").json();
    Reply refused =
        as("sophie").post("items/" + id(contact) + "/conversions", "{\"typeCode\":\"invoice\"}");
    assertEquals(422, refused.status(), refused.toString());
    assertEquals("conversion.not-allowed", refused.json().getString("rule"));
  }

  @Test
  void usersLinkAndUnlinkWhereAllowedAndHistoryStays() {
    Api sophie = as("sophie");
    long deal = id(sophie.post("items", "{\"typeCode\":\"deal\",\"title\":\"Linkable\"}").json());
    long contact = id(sophie.post("items", "{\"typeCode\":\"contact\",\"title\":\"Bob\"}").json());
    long lead = id(lead("Unrelated", ""));
    long invoice =
        id(sophie.post("items/" + deal + "/conversions", "{\"typeCode\":\"invoice\"}").json());

    Reply linked = sophie.post("items/" + deal + "/relations", "{\"itemId\":" + contact + "}");
    assertEquals(201, linked.status(), linked.toString());
    assertEquals(
        409, sophie.post("items/" + contact + "/relations", "{\"itemId\":" + deal + "}").status());
    assertEquals(List.of("LINKED:" + deal), relations(contact));
    Reply notAllowed = sophie.post("items/" + invoice + "/relations", "{\"itemId\":" + lead + "}");
    assertEquals(422, notAllowed.status(), notAllowed.toString());
    assertEquals("relation.not-allowed", notAllowed.json().getString("rule"));

    Reply history = sophie.delete("items/" + invoice + "/relations/" + deal);
    assertEquals(422, history.status(), history.toString());
    assertEquals(204, sophie.delete("items/" + contact + "/relations/" + deal).status());
    assertEquals(List.of("CREATED_FROM_THIS:" + invoice), relations(deal));
    assertEquals(404, sophie.delete("items/" + contact + "/relations/" + deal).status());
  }

  private JsonObject lead(String title, String fields) {
    Reply created =
        as("sophie")
            .post(
                "items",
                "{\"typeCode\":\"lead\",\"title\":\""
                    + title
                    + "\",\"amount\":2500,\"fields\":{"
                    + fields
                    + "}}");
    assertEquals(201, created.status(), created.toString());
    return created.json();
  }

  private List<String> relations(JsonObject item) {
    return relations(id(item));
  }

  private List<String> relations(long itemId) {
    Reply reply = admin().get("items/" + itemId + "/relations");
    assertEquals(200, reply.status(), reply.toString());
    return reply.array().getValuesAs(JsonObject.class).stream()
        .map(r -> r.getString("role") + ":" + r.getJsonNumber("itemId"))
        .toList();
  }

  private List<String> createdFromEntries(JsonObject item, String kind) {
    return admin()
        .get("items/" + id(item) + "/timeline?size=50")
        .json()
        .getJsonArray("content")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(entry -> entry.getString("kind").equals(kind))
        .map(entry -> kind + ":" + entry.getJsonNumber("relatedItemId"))
        .toList();
  }

  private static long id(JsonObject item) {
    return item.getJsonNumber("id").longValue();
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }
}
