package org.tessera.crm.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.tessera.crm.testing.Api;
import org.tessera.crm.testing.Api.Reply;
import org.tessera.crm.testing.ApiTest;
import org.tessera.crm.testing.CrmDeployment;

/** The product catalogue and the product rows that price an item. */
class ProductsApiIT extends ApiTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @Test
  void onlyAdminsKeepTheCatalogueAndEveryoneReadsIt() {
    String body = "{\"name\":\"Training\",\"price\":350,\"currency\":\"EUR\",\"taxRate\":20}";
    assertEquals(403, as("sophie").post("products", body).status());
    Reply added = admin().post("products", body);
    assertEquals(201, added.status(), added.toString());
    Reply invalid =
        admin().post("products", "{\"name\":\"Bad\",\"price\":-1,\"currency\":\"euro\"}");
    assertEquals(400, invalid.status(), invalid.toString());

    long id = added.json().getJsonNumber("id").longValue();
    long version = added.json().getJsonNumber("version").longValue();
    Reply retired =
        admin()
            .put(
                "products/" + id + "?version=" + version,
                "{\"name\":\"Training\",\"price\":350,\"currency\":\"EUR\",\"active\":false}");
    assertEquals(200, retired.status(), retired.toString());
    assertEquals(409, admin().put("products/" + id + "?version=" + version, body).status());
    assertFalse(names(as("sophie").get("products")).contains("Training"));
    assertTrue(names(admin().get("products?all=true")).contains("Training"));
  }

  @Test
  void rowsPriceTheItemUntilTheyAreGone() {
    Api sophie = as("sophie");
    JsonObject deal =
        sophie.post("items", "{\"typeCode\":\"deal\",\"title\":\"Seats\",\"amount\":10}").json();
    String path = "items/" + deal.getJsonNumber("id") + "/products";

    Reply priced =
        sophie.put(
            path,
            "{\"version\":"
                + deal.getJsonNumber("version")
                + ",\"rows\":[{\"productId\":1,\"quantity\":3,\"discountPercent\":10},"
                + "{\"name\":\"Travel\",\"price\":99.5,\"quantity\":1}]}");

    assertEquals(200, priced.status(), priced.toString());
    assertAmount("877.10", priced.json().getJsonNumber("amount"));
    assertEquals(
        "CRM seat, one year",
        priced.json().getJsonArray("rows").getJsonObject(0).getString("name"));
    assertAmount(
        "777.60", priced.json().getJsonArray("rows").getJsonObject(0).getJsonNumber("total"));
    JsonObject item = sophie.get("items/" + deal.getJsonNumber("id")).json();
    assertTrue(item.getBoolean("pricedByProducts"));

    Reply manual =
        sophie.put(
            "items/" + item.getJsonNumber("id"),
            "{\"version\":" + item.getJsonNumber("version") + ",\"title\":\"Seats\",\"amount\":5}");
    assertEquals(422, manual.status(), manual.toString());
    assertEquals("item.amount-from-products", manual.json().getString("rule"));

    Reply stale =
        sophie.put(path, "{\"version\":" + deal.getJsonNumber("version") + ",\"rows\":[]}");
    assertEquals(409, stale.status(), stale.toString());
    assertEquals(2, sophie.get(path).json().getJsonArray("rows").size());

    Reply freed =
        sophie.put(path, "{\"version\":" + item.getJsonNumber("version") + ",\"rows\":[]}");
    assertEquals(200, freed.status(), freed.toString());
    assertFalse(freed.json().getBoolean("pricedByProducts"));
    assertAmount("877.10", freed.json().getJsonNumber("amount"));
  }

  @Test
  void aBadRowIsRefusedAndTheRowsStayAsTheyWere() {
    Api sophie = as("sophie");
    JsonObject deal = sophie.post("items", "{\"typeCode\":\"deal\",\"title\":\"Bad rows\"}").json();
    String path = "items/" + deal.getJsonNumber("id") + "/products";

    String version = "{\"version\":" + deal.getJsonNumber("version") + ",\"rows\":[";
    assertEquals(422, sophie.put(path, version + "{\"price\":1,\"quantity\":1}]}").status());
    assertEquals(400, sophie.put(path, version + "{\"productId\":1,\"quantity\":0}]}").status());
    assertEquals(
        404, sophie.put(path, version + "{\"productId\":999999,\"quantity\":1}]}").status());
    assertEquals(0, sophie.get(path).json().getJsonArray("rows").size());
  }

  private static java.util.List<String> names(Reply reply) {
    return reply.array().getValuesAs(JsonObject.class).stream()
        .map(p -> p.getString("name"))
        .toList();
  }

  private static void assertAmount(String expected, jakarta.json.JsonNumber actual) {
    assertEquals(
        0, new BigDecimal(expected).compareTo(actual.bigDecimalValue()), actual.toString());
  }
}
