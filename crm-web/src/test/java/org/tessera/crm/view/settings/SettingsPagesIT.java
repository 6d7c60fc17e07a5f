package org.tessera.crm.view.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.tessera.crm.testing.Api;
import org.tessera.crm.testing.BrowserPageTest;
import org.tessera.crm.testing.CrmDeployment;

/** An admin sets up a custom type and its stages on the settings pages, in a real browser. */
class SettingsPagesIT extends BrowserPageTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @Test
  void anAdminCreatesACustomTypeAndShapesItsStages() throws Exception {
    signIn("admin");
    browser.findElement(By.id("nav-settings")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("types-title")));
    assertTrue(text("types:table").contains("deal"));

    String code = "contract_" + UUID.randomUUID().toString().substring(0, 6);
    browser.findElement(By.id("types:name")).sendKeys("Contracts");
    browser.findElement(By.id("types:code")).sendKeys(code);
    browser.findElement(By.id("types:create")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("types:messages"), "Contracts"));
    assertTrue(text("types:table").contains(code));

    browser.get(page("settings/stages.xhtml?type=" + code));
    assertStages("New", "In progress", "Success", "Failure");

    browser.findElement(By.id("stages:newName")).sendKeys("Legal review");
    browser.findElement(By.id("stages:addStage")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("stages:messages"), "Legal review"));
    assertStages("New", "In progress", "Legal review", "Success", "Failure");

    browser.findElement(By.id("stages:table:2:up")).click();
    assertStages("New", "Legal review", "In progress", "Success", "Failure");

    browser.findElement(By.id("stages:table:4:delete")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deleteForm:confirmDelete")))
        .click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("stages:messages"), "at least one failure stage"));
    assertStages("New", "Legal review", "In progress", "Success", "Failure");
    Files.createDirectories(Path.of("target/screenshots"));
    Files.write(
        Path.of("target/screenshots/stage-settings.png"),
        browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void deletingAStageThatHoldsItemsAsksWhereTheyGo() {
    Api admin = Api.as(deployment, "admin");
    String code = "case_" + UUID.randomUUID().toString().substring(0, 6);
    admin.post("item-types", "{\"code\":\"" + code + "\",\"name\":\"Cases\",\"hasStages\":true}");
    JsonObject pipeline =
        admin.get("pipelines?type=" + code).json().getJsonArray("content").getJsonObject(0);
    long inProgress =
        pipeline.getJsonArray("stages").getJsonObject(1).getJsonNumber("id").longValue();
    JsonObject item =
        admin.post("items", "{\"typeCode\":\"" + code + "\",\"title\":\"Open case\"}").json();
    admin.put(
        "items/" + item.getJsonNumber("id") + "/stage",
        "{\"stageId\":" + inProgress + ",\"version\":" + item.getJsonNumber("version") + "}");

    signIn("admin");
    browser.get(page("settings/stages.xhtml?type=" + code));
    browser.findElement(By.id("stages:table:1:delete")).click();
    WebElement confirm =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.id("deleteForm:confirmDelete")));
    assertTrue(text("deleteForm").contains("1"), text("deleteForm"));
    new Select(browser.findElement(By.id("deleteForm:moveTo_input"))).selectByVisibleText("New");
    confirm.click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("stages:messages"), "deleted"));

    assertStages("New", "Success", "Failure");
    long initial = pipeline.getJsonArray("stages").getJsonObject(0).getJsonNumber("id").longValue();
    assertEquals(
        initial,
        admin.get("items/" + item.getJsonNumber("id")).json().getJsonNumber("stageId").longValue());
  }

  @Test
  void anAdminCreatesAListFieldAndDeletesACustomFieldButNotASystemOne() {
    signIn("admin");
    browser.get(page("settings/types.xhtml"));
    browser.findElement(By.linkText("Edit fields")).click();
    wait.until(ExpectedConditions.textToBe(By.id("fields-title"), "Fields of Leads"));
    assertTrue(text("fields:table").contains("phone"), "system fields are listed");

    browser.findElement(By.id("fields:labelEn")).sendKeys("Lead size");
    browser.findElement(By.id("fields:labelFr")).sendKeys("Taille");
    browser.findElement(By.id("fields:code")).sendKeys("lead_size");
    new Select(browser.findElement(By.id("fields:dataType"))).selectByVisibleText("List");
    browser.findElement(By.id("fields:entries")).sendKeys("small: Small\nlarge: Large");
    browser.findElement(By.id("fields:create")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("fields:messages"), "Lead size"));
    assertTrue(text("fields:table").contains("lead_size"));

    JsonObject created =
        Api.as(deployment, "admin").get("fields?type=lead").array().stream()
            .map(JsonObject.class::cast)
            .filter(f -> f.getString("code").equals("lead_size"))
            .findFirst()
            .orElseThrow();
    assertEquals(2, created.getJsonArray("options").size());
    assertEquals("Taille", created.getString("labelFr"));

    List<WebElement> rows = browser.findElements(By.cssSelector("[id='fields:table_data'] > tr"));
    WebElement phoneRow =
        rows.stream().filter(r -> r.getText().contains("phone")).findFirst().orElseThrow();
    assertTrue(
        phoneRow.findElements(By.cssSelector("button")).isEmpty(),
        "system fields cannot be deleted");
    WebElement sizeRow =
        rows.stream().filter(r -> r.getText().contains("lead_size")).findFirst().orElseThrow();
    sizeRow.findElement(By.cssSelector("button")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("fields:messages"), "deleted"));
    wait.ignoring(StaleElementReferenceException.class)
        .until(d -> !text("fields:table").contains("lead_size"));
    assertFalse(Api.as(deployment, "admin").get("fields?type=lead").body().contains("lead_size"));
  }

  @Test
  void aBookmarkedPageOpensAgainAfterSigningIn() {
    browser.get(page("settings/stages.xhtml?type=deal"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")))
        .sendKeys("admin");
    browser.findElement(By.id("login:password")).sendKeys(Api.DEMO_PASSWORD);
    browser.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stages-title")));
    assertTrue(
        browser.getCurrentUrl().endsWith("settings/stages.xhtml?type=deal"),
        browser.getCurrentUrl());
    assertTrue(text("stages:table").contains("Negotiation"));
  }

  @Test
  void anAdminCreatesARoleAndSetsItsScopeForATypeAndItsHolders() {
    signIn("admin");
    browser.get(page("settings/types.xhtml"));
    browser.findElement(By.id("rolesLink")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("roles-title")));

    String name = "Deal readers " + UUID.randomUUID().toString().substring(0, 6);
    browser.findElement(By.id("roles:newName")).sendKeys(name);
    browser.findElement(By.id("roles:create")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("roles:messages"), name));

    new Select(
            wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("select.scope-deal-READ"))))
        .selectByValue("DEPARTMENT");
    browser.findElement(By.id("roles:savePermissions")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("roles:messages"), "Role saved"));

    JsonObject role =
        Api.as(deployment, "admin")
            .get("access-roles")
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> r.getString("name").equals(name))
            .findFirst()
            .orElseThrow();
    List<String> lines =
        role.getJsonArray("permissions").getValuesAs(JsonObject.class).stream()
            .map(
                p -> p.getString("type") + ":" + p.getString("action") + ":" + p.getString("scope"))
            .toList();
    assertEquals(List.of("deal:READ:DEPARTMENT"), lines);
    assertEquals(
        "DEPARTMENT",
        new Select(browser.findElement(By.cssSelector("select.scope-deal-READ")))
            .getFirstSelectedOption()
            .getAttribute("value"),
        "the page shows what was saved");
    assertFalse(role.getBoolean("forEveryone"));
  }

  @Test
  void aFormPostedWithoutTheViewsSecretIdChangesNothingWhileTheRealOneWorks() {
    signIn("admin");
    browser.get(page("settings/types.xhtml"));
    String realViewState =
        browser.findElement(By.name("jakarta.faces.ViewState")).getDomProperty("value");
    String forged = "forged_" + UUID.randomUUID().toString().substring(0, 6);
    String genuine = "genuine_" + UUID.randomUUID().toString().substring(0, 6);

    postTypeForm(forged, "-4711:8150");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    Api admin = Api.as(deployment, "admin");
    assertEquals(
        404, admin.get("item-types/" + forged).status(), "the forged post created nothing");

    browser.get(page("settings/types.xhtml"));
    postTypeForm(
        genuine, browser.findElement(By.name("jakarta.faces.ViewState")).getDomProperty("value"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("types:table"), genuine));
    assertEquals(200, admin.get("item-types/" + genuine).status());
    assertFalse(realViewState.isBlank());
  }

  @Test
  void theSessionCookieIsKeptAwayFromScripts() throws Exception {
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(page("login.xhtml")))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
    String cookie =
        response.headers().allValues("Set-Cookie").stream()
            .filter(value -> value.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError(response.headers().map().toString()));
    assertTrue(cookie.contains("HttpOnly"), cookie);
  }

  /** Posts the "add custom type" form as a page of the same site could, with this view id. */
  private void postTypeForm(String code, String viewState) {
    browser.executeScript(
        "var form = document.createElement('form');"
            + "form.method = 'post'; form.action = arguments[0];"
            + "[['types', 'types'], ['types:name', 'Posted'], ['types:code', arguments[1]],"
            + " ['types:hasStages_input', 'on'], ['types:create', ''],"
            + " ['jakarta.faces.ViewState', arguments[2]]].forEach(function (field) {"
            + "  var input = document.createElement('input');"
            + "  input.type = 'hidden'; input.name = field[0]; input.value = field[1];"
            + "  form.appendChild(input); });"
            + "document.body.appendChild(form); form.submit();",
        page("settings/types.xhtml"),
        code,
        viewState);
  }

  @Test
  void anAdminRegistersAWebhookSeesItsSecretOnceAndItsDeliveries() {
    signIn("admin");
    browser.get(page("settings/types.xhtml"));
    browser.findElement(By.id("webhooksLink")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("webhooks-title")));

    String url = "https://hooks.example.com/" + UUID.randomUUID().toString().substring(0, 6);
    browser.findElement(By.id("webhooks:url")).sendKeys(url);
    browser.findElement(By.id("webhooks:register")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("webhooks:messages"), "Webhook registered"));
    String secret = browser.findElement(By.id("secretValue")).getText();
    assertEquals(64, secret.length(), secret);
    assertTrue(text("webhooks:hooks").contains(url));

    JsonObject hook =
        Api.as(deployment, "admin").get("webhooks").array().getValuesAs(JsonObject.class).stream()
            .filter(h -> h.getString("url").equals(url))
            .findFirst()
            .orElseThrow();
    assertEquals(5, hook.getJsonArray("events").size(), "every event unless unticked");
    browser.findElement(By.cssSelector("button[id$=':show']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("webhooks:log")));
    Api.as(deployment, "admin").delete("webhooks/" + hook.getJsonNumber("id"));
  }

  @Test
  void settingsAreForAdminsOnly() {
    signIn("sophie");
    assertTrue(browser.findElements(By.id("nav-settings")).isEmpty());
    browser.get(page("settings/types.xhtml"));
    assertTrue(browser.findElements(By.id("types-title")).isEmpty());
  }

  /** Waits out the ajax update of the table, then expects exactly these stages in this order. */
  private void assertStages(String... expected) {
    List<String> names = List.of(expected);
    try {
      wait.ignoring(StaleElementReferenceException.class).until(d -> stageNames().equals(names));
    } catch (TimeoutException timeout) {
      assertEquals(names, stageNames());
    }
  }

  private List<String> stageNames() {
    return browser.findElements(By.cssSelector("[id='stages:table_data'] > tr")).stream()
        .map(row -> row.findElements(By.tagName("td")).get(1).getText().trim())
        .toList();
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }
}
