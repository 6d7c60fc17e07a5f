package org.tessera.crm.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.crm.testing.Api;
import org.tessera.crm.testing.Api.Reply;
import org.tessera.crm.testing.ApiTest;
import org.tessera.crm.testing.CrmDeployment;

/**
 * Access roles through REST: scopes own, department and all for reading, changing, deleting,
 * creating and exporting, on a type of its own so that the everyone's role keeps its rights on the
 * other types. Sophie and Marc are in Sales, Julie in Partners.
 */
class AccessRightsApiIT extends ApiTest {

  private String type;
  private long employeeRole;
  private long sophiesItem;
  private long marcsItem;
  private long juliesItem;
  private final List<Long> newRoles = new ArrayList<>();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  /** A type whose items the everyone's role lets its holders read and change only when theirs. */
  @BeforeEach
  void aTypeWhereEveryoneWorksOnTheirOwnItems() {
    type = admin().newItemType("acl", "Tenders", true, true);
    employeeRole = roleNamed("Employee").getJsonNumber("id").longValue();
    permit(employeeRole, type, "READ", "OWN");
    permit(employeeRole, type, "UPDATE", "OWN");
    permit(employeeRole, type, "CREATE", "OWN");
    permit(employeeRole, type, "DELETE", "NONE");
    permit(employeeRole, type, "EXPORT", "NONE");
    sophiesItem = createAs(admin(), "Sophie's tender", "sophie");
    marcsItem = createAs(admin(), "Marc's tender", "marc");
    juliesItem = createAs(admin(), "Julie's tender", "julie");
  }

  /** Roles a test made reach every type: they must not reach the next test's. */
  @AfterEach
  void deleteTheNewRoles() {
    for (long role : newRoles) {
      admin().delete("access-roles/" + role + "?version=" + roleVersion(role));
    }
  }

  @Test
  void ownScopeShowsAndChangesOnlyTheUsersItems() {
    assertEquals(Set.of(sophiesItem), listed("sophie"));
    assertEquals(1, boardCount("sophie"), "the board counts what the reader may read");

    Reply other = as("sophie").get("items/" + marcsItem);
    assertEquals(403, other.status(), other.toString());
    assertEquals("access.denied", other.json().getString("rule"));
    assertEquals(403, as("sophie").get("items/" + marcsItem + "/timeline").status());
    Reply card = as("sophie").page("items/card.xhtml?id=" + marcsItem);
    assertEquals(403, card.status());
    assertTrue(
        card.body().contains("Your access rights do not let you open this page or item"),
        card.body());
    assertFalse(card.body().contains("Marc's tender"));

    Reply change = retitle("sophie", marcsItem, "Taken over");
    assertEquals(403, change.status(), change.toString());
    assertEquals("Marc's tender", title(marcsItem));
    assertEquals(200, retitle("sophie", sophiesItem, "Sophie's tender, revised").status());

    Reply delete = as("sophie").delete("items/" + sophiesItem + "?version=" + version(sophiesItem));
    assertEquals(403, delete.status(), delete.toString());
    assertEquals(200, admin().get("items/" + sophiesItem).status(), "nothing was deleted");
  }

  @Test
  void departmentScopeReachesTheColleaguesOfTheDepartmentOnly() {
    long role = newRole("Sales team");
    permit(role, type, "READ", "DEPARTMENT");
    permit(role, type, "UPDATE", "DEPARTMENT");
    permit(role, type, "DELETE", "OWN");
    hold(role, false, List.of(), List.of(departmentOf("sophie")));

    assertEquals(Set.of(sophiesItem, marcsItem), listed("sophie"));
    assertEquals(2, boardCount("sophie"));
    assertEquals(200, retitle("sophie", marcsItem, "Shared in Sales").status());
    assertEquals(403, retitle("sophie", juliesItem, "Not ours").status());
    assertEquals(Set.of(juliesItem), listed("julie"), "the role is the Sales department's");

    Reply colleagues = as("sophie").delete("items/" + marcsItem + "?version=" + version(marcsItem));
    assertEquals(403, colleagues.status(), "deleting is for one's own items");
    Reply own = as("sophie").delete("items/" + sophiesItem + "?version=" + version(sophiesItem));
    assertEquals(204, own.status(), own.toString());
    assertEquals(404, admin().get("items/" + sophiesItem).status());
  }

  @Test
  void allScopeOfAUsersRoleReadsEverythingButChangesStayOwn() {
    long role = newRole("Auditors");
    permit(role, "*", "READ", "ALL");
    hold(role, false, List.of(userId("julie")), List.of());

    assertEquals(Set.of(sophiesItem, marcsItem, juliesItem), listed("julie"));
    assertEquals(3, boardCount("julie"));
    assertEquals(403, retitle("julie", marcsItem, "Audited").status());
    assertEquals(200, retitle("julie", juliesItem, "Audited").status());
    assertEquals(Set.of(sophiesItem), listed("sophie"), "Sophie does not hold the role");
  }

  @Test
  void creatingWithinTheScopeOnlyAndExportingOnlyWithTheRight() {
    Reply forMarc =
        as("sophie")
            .post(
                "items",
                "{\"typeCode\":\""
                    + type
                    + "\",\"title\":\"For Marc\",\"responsibleId\":"
                    + userId("marc")
                    + "}");
    assertEquals(403, forMarc.status(), forMarc.toString());
    assertEquals(Set.of(marcsItem), listed("marc"), "nothing was created");
    assertEquals(
        201,
        as("sophie").post("items", "{\"typeCode\":\"" + type + "\",\"title\":\"Mine\"}").status());

    Reply export = as("sophie").get("items/export.xlsx?type=" + type);
    assertEquals(403, export.status(), export.toString());
    assertEquals("access.denied", export.json().getString("rule"));
    permit(employeeRole, type, "EXPORT", "OWN");
    assertEquals(200, as("sophie").get("items/export.xlsx?type=" + type).status());
    assertEquals(200, admin().get("items/export.xlsx?type=" + type).status());
  }

  @Test
  void aTypesSettingsAreForAdminsAndHoldersOfItsSettingsRightOnly() {
    String field =
        "{\"type\":\""
            + type
            + "\",\"code\":\"grade\",\"dataType\":\"STRING\",\"labelEn\":\"Grade\"}";
    Reply refused = as("sophie").post("fields", field);
    assertEquals(403, refused.status(), refused.toString());
    assertEquals("access.no-settings", refused.json().getString("rule"));

    long role = newRole("Tender admins");
    Reply partial =
        admin()
            .put(
                "access-roles/" + role + "/permissions",
                "{\"type\":\""
                    + type
                    + "\",\"action\":\"SETTINGS\",\"scope\":\"OWN\",\"version\":"
                    + roleVersion(role)
                    + "}");
    assertEquals(422, partial.status(), "settings are allowed to all or none");
    permit(role, type, "SETTINGS", "ALL");
    hold(role, false, List.of(userId("sophie")), List.of());

    assertEquals(201, as("sophie").post("fields", field).status());
    long pipeline = admin().firstPipelineOf(type);
    long stage =
        admin()
            .get("pipelines/" + pipeline + "/stages")
            .array()
            .getJsonObject(1)
            .getJsonNumber("id")
            .longValue();
    assertEquals(200, as("sophie").put("stages/" + stage, "{\"name\":\"Bidding\"}").status());
    Reply otherType =
        as("sophie")
            .post(
                "fields",
                "{\"type\":\"deal\",\"code\":\"grade\",\"dataType\":\"STRING\",\"labelEn\":\"Grade\"}");
    assertEquals(403, otherType.status(), "the right is the type's only");
    assertEquals(403, as("marc").put("stages/" + stage, "{\"name\":\"Mine\"}").status());
  }

  @Test
  void onlyAdminsManageRolesAndBadChangesAreRefusedClearly() {
    assertEquals(403, as("sophie").get("access-roles").status());
    assertEquals(403, as("sophie").post("access-roles", "{\"name\":\"Mine\"}").status());

    assertEquals(400, admin().post("access-roles", "{\"name\":\" \"}").status());
    long role = newRole("Reviewers");
    String name = admin().get("access-roles/" + role).json().getString("name");
    Reply taken = admin().post("access-roles", "{\"name\":\"" + name.toUpperCase() + "\"}");
    assertEquals(409, taken.status(), taken.toString());

    long version = roleVersion(role);
    assertEquals(
        400,
        admin()
            .put(
                "access-roles/" + role + "/permissions",
                "{\"type\":\"*\",\"action\":\"FLY\",\"scope\":\"ALL\",\"version\":" + version + "}")
            .status());
    assertEquals(
        404,
        admin()
            .put(
                "access-roles/" + role + "/permissions",
                "{\"type\":\"nosuchtype\",\"action\":\"READ\",\"scope\":\"ALL\",\"version\":"
                    + version
                    + "}")
            .status());
    Reply stranger =
        admin()
            .put(
                "access-roles/" + role + "/holders",
                "{\"forEveryone\":false,\"userIds\":[987654321],\"departmentIds\":[],\"version\":"
                    + version
                    + "}");
    assertEquals(422, stranger.status(), stranger.toString());
    permit(role, "*", "READ", "ALL");
    Reply stale =
        admin()
            .put(
                "access-roles/" + role + "/permissions",
                "{\"type\":\"*\",\"action\":\"READ\",\"scope\":\"OWN\",\"version\":"
                    + version
                    + "}");
    assertEquals(409, stale.status(), stale.toString());
    assertEquals(List.of("*:READ:ALL"), lines(role), "only the accepted change is kept");

    assertEquals(
        204, admin().delete("access-roles/" + role + "?version=" + roleVersion(role)).status());
    newRoles.remove(role);
    assertEquals(404, admin().get("access-roles/" + role).status());
  }

  private long createAs(Api api, String title, String responsible) {
    Reply created =
        api.post(
            "items",
            "{\"typeCode\":\""
                + type
                + "\",\"title\":\""
                + title
                + "\",\"responsibleId\":"
                + userId(responsible)
                + "}");
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  private Set<Long> listed(String login) {
    Reply list = as(login).get("items?type=" + type);
    assertEquals(200, list.status(), list.toString());
    return list.json().getJsonArray("content").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getJsonNumber("id").longValue())
        .collect(Collectors.toSet());
  }

  private long boardCount(String login) {
    Reply board = as(login).get("boards/" + admin().firstPipelineOf(type) + "?cards=5");
    assertEquals(200, board.status(), board.toString());
    return board.json().getJsonArray("columns").getValuesAs(JsonObject.class).stream()
        .mapToLong(column -> column.getJsonNumber("count").longValue())
        .sum();
  }

  private Reply retitle(String login, long item, String title) {
    JsonObject stored = admin().get("items/" + item).json();
    return as(login)
        .put(
            "items/" + item,
            "{\"title\":\""
                + title
                + "\",\"responsibleId\":"
                + stored.getJsonNumber("responsibleId")
                + ",\"version\":"
                + stored.getJsonNumber("version")
                + "}");
  }

  private String title(long item) {
    return admin().get("items/" + item).json().getString("title");
  }

  private long version(long item) {
    return admin().get("items/" + item).json().getJsonNumber("version").longValue();
  }

  private JsonObject roleNamed(String name) {
    return admin().get("access-roles").array().getValuesAs(JsonObject.class).stream()
        .filter(role -> role.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no role " + name));
  }

  private long newRole(String name) {
    Reply created =
        admin()
            .post(
                "access-roles",
                "{\"name\":\"" + name + " " + UUID.randomUUID().toString().substring(0, 8) + "\"}");
    assertEquals(201, created.status(), created.toString());
    long role = created.json().getJsonNumber("id").longValue();
    newRoles.add(role);
    return role;
  }

  private long roleVersion(long role) {
    return admin().get("access-roles/" + role).json().getJsonNumber("version").longValue();
  }

  private List<String> lines(long role) {
    return admin()
        .get("access-roles/" + role)
        .json()
        .getJsonArray("permissions")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(p -> p.getString("type") + ":" + p.getString("action") + ":" + p.getString("scope"))
        .toList();
  }

  private void permit(long role, String typeCode, String action, String scope) {
    Reply changed =
        admin()
            .put(
                "access-roles/" + role + "/permissions",
                "{\"type\":\""
                    + typeCode
                    + "\",\"action\":\""
                    + action
                    + "\",\"scope\":\""
                    + scope
                    + "\",\"version\":"
                    + roleVersion(role)
                    + "}");
    assertEquals(200, changed.status(), changed.toString());
    assertTrue(lines(role).contains(typeCode + ":" + action + ":" + scope), changed.toString());
  }

  private void hold(long role, boolean everyone, List<Long> userIds, List<Long> departmentIds) {
    Reply changed =
        admin()
            .put(
                "access-roles/" + role + "/holders",
                "{\"forEveryone\":"
                    + everyone
                    + ",\"userIds\":"
                    + userIds
                    + ",\"departmentIds\":"
                    + departmentIds
                    + ",\"version\":"
                    + roleVersion(role)
                    + "}");
    assertEquals(200, changed.status(), changed.toString());
  }

  private long userId(String login) {
    return as(login).get("users/me").json().getJsonNumber("id").longValue();
  }

  private long departmentOf(String login) {
    return as(login).get("users/me").json().getJsonNumber("departmentId").longValue();
  }
}
