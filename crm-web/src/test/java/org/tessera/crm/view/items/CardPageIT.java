package org.tessera.crm.view.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.tessera.crm.testing.Api;
import org.tessera.crm.testing.Api.Reply;
import org.tessera.crm.testing.BrowserPageTest;
import org.tessera.crm.testing.CrmDeployment;
import org.tessera.crm.testing.WordTemplates;

/** The item card in a real browser: fields in sections, edit mode, arranging the form view. */
class CardPageIT extends BrowserPageTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @Test
  void aCustomFieldIsCreatedFilledDraggedHiddenAndShownAgainKeepingItsValue() throws Exception {
    long deal =
        create(Api.as(deployment, "admin"), "{\"typeCode\":\"deal\",\"title\":\"Card test\"}");
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    String code = "notes_" + suffix;
    signIn("admin");
    openCard(deal);
    assertEquals(List.of("title", "stage", "amount", "responsible"), codesIn("main").subList(0, 4));

    browser.findElement(By.id("card:createField")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:labelEn")))
        .sendKeys("Delivery notes " + suffix);
    browser.findElement(By.id("card:code")).sendKeys(code);
    browser.findElement(By.id("card:create")).click();
    wait.until(d -> codesIn("main").contains(code));

    browser.findElement(By.id("card:edit")).click();
    wait.until(d -> !field(code).findElements(By.cssSelector("input[type='text']")).isEmpty());
    field(code).findElement(By.cssSelector("input[type='text']")).sendKeys("Ring twice");
    browser.findElement(By.id("card:save")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("card:messages"), "saved"));
    wait.until(d -> valueOf(code).equals("Ring twice"));

    WebElement handle = field(code).findElement(By.className("field-handle"));
    new Actions(browser)
        .clickAndHold(handle)
        .moveByOffset(5, 5)
        .moveToElement(section("more"))
        .moveByOffset(0, 5)
        .release()
        .perform();
    wait.until(d -> codesIn("more").contains(code) && !codesIn("main").contains(code));

    hideWithTheFieldMenu(code);
    wait.until(d -> !codesIn("more").contains(code) && !codesIn("main").contains(code));

    browser.findElement(By.id("card:selectField")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:showField")));
    assertTrue(browser.findElement(By.id("card:hiddenField")).getText().contains("Delivery notes"));
    assertEquals(
        fieldId(code), browser.findElement(By.id("card:hiddenField_input")).getAttribute("value"));
    browser.findElement(By.id("card:showField")).click();
    wait.until(d -> codesIn("main").contains(code));
    assertEquals("Ring twice", valueOf(code));

    Files.createDirectories(Path.of("target/screenshots"));
    Files.write(Path.of("target/screenshots/card.png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void savingWithoutARequiredFieldNamesItAndKeepsTheStoredValue() {
    Api admin = Api.as(deployment, "admin");
    String type = admin.newItemType("c", "Orders", true, false);
    Reply field =
        admin.post(
            "fields",
            "{\"type\":\""
                + type
                + "\",\"code\":\"po\",\"dataType\":\"STRING\",\"labelEn\":\"PO number\","
                + "\"requiredEverywhere\":true}");
    assertEquals(201, field.status(), field.toString());
    long order =
        create(
            admin,
            "{\"typeCode\":\"" + type + "\",\"title\":\"Order 1\",\"fields\":{\"po\":\"PO-7\"}}");

    signIn("sophie");
    openCard(order);
    browser.findElement(By.id("card:edit")).click();
    WebElement input =
        wait.until(d -> field("po").findElement(By.cssSelector("input[type='text']")));
    input.clear();
    browser.findElement(By.id("card:save")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("card:messages"), "must be filled in: PO number"));
    assertEquals(
        "PO-7", admin.get("items/" + order).json().getJsonObject("fields").getString("po"));
  }

  @Test
  void aFileChosenInEditModeIsStoredAndOffersItsDownload() throws Exception {
    Api admin = Api.as(deployment, "admin");
    String type = admin.newItemType("c", "Claims", true, false);
    admin.post(
        "fields",
        "{\"type\":\"" + type + "\",\"code\":\"scan\",\"dataType\":\"FILE\",\"labelEn\":\"Scan\"}");
    long claim = create(admin, "{\"typeCode\":\"" + type + "\",\"title\":\"Broken screen\"}");
    Path scan = Files.createTempFile("receipt", ".txt");
    Files.writeString(scan, "Receipt 42");

    signIn("julie");
    openCard(claim);
    browser.findElement(By.id("card:edit")).click();
    wait.until(d -> field("scan").findElement(By.cssSelector("input[type='file']")))
        .sendKeys(scan.toAbsolutePath().toString());
    wait.until(d -> field("scan").getText().contains(scan.getFileName().toString()));
    browser.findElement(By.id("card:save")).click();

    wait.until(d -> !field("scan").findElements(By.cssSelector(".field-value a")).isEmpty());
    WebElement link = field("scan").findElement(By.cssSelector(".field-value a"));
    assertEquals(scan.getFileName().toString(), link.getText().trim());
    long fileId =
        admin
            .get("items/" + claim)
            .json()
            .getJsonObject("fields")
            .getJsonNumber("scan")
            .longValue();
    assertTrue(link.getAttribute("href").endsWith("/api/v1/files/" + fileId));
    assertEquals("Receipt 42", admin.get("files/" + fileId).body());
  }

  @Test
  void aUserWhoHidesAFieldGetsTheirOwnViewAndTheGeneralViewStays() {
    Api admin = Api.as(deployment, "admin");
    String type = admin.newItemType("c", "Tickets", true, false);
    long ticket = create(admin, "{\"typeCode\":\"" + type + "\",\"title\":\"Printer\"}");

    signIn("marc");
    openCard(ticket);
    hideWithTheFieldMenu("responsible");
    wait.until(d -> !codesIn("main").contains("responsible"));

    assertTrue(browser.findElement(By.id("card:view")).getText().contains("My view"));
    JsonObject general = admin.get("forms/" + type).json();
    assertEquals("GENERAL", general.getJsonObject("view").getString("kind"));
    assertTrue(general.toString().contains("\"responsible\""));
  }

  @Test
  void aNamedViewAnAdminAssignsToAUserIsTheViewTheyGet() {
    Api admin = Api.as(deployment, "admin");
    String type = admin.newItemType("c", "Visits", true, false);
    long visit = create(admin, "{\"typeCode\":\"" + type + "\",\"title\":\"Lyon plant\"}");

    signIn("admin");
    openCard(visit);
    browser.findElement(By.id("card:viewMenu_button")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("card:namedView"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:viewName")))
        .sendKeys("Field service");
    browser.findElement(By.id("card:viewUsers")).click();
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//div[@id='card:viewUsers_panel']//li[.//label[text()='Marc Leroy']]"
                        + "//div[contains(@class,'ui-chkbox-box')]")))
        .click();
    browser.findElement(By.id("card:viewName")).click();
    browser.findElement(By.id("card:createNamedView")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("card:messages"), "Field service"));
    assertTrue(browser.findElement(By.id("card:view")).getText().contains("General view"));

    browser.findElement(By.id("userForm:signOut")).click();
    signIn("marc");
    openCard(visit);
    assertTrue(browser.findElement(By.id("card:view")).getText().contains("Field service"));
  }

  @Test
  void theStageBarMovesTheItemAndTheTimelineTellsItWithCommentsShownAsText() {
    Api admin = Api.as(deployment, "admin");
    String type = admin.newItemType("c", "Repairs", true, false);
    long repair = create(admin, "{\"typeCode\":\"" + type + "\",\"title\":\"Pump\"}");

    signIn("sophie");
    openCard(repair);
    assertEquals("ITEM_CREATED", newestEntry().getAttribute("data-kind"));
    browser.findElement(By.linkText("In progress")).click();
    wait.until(d -> "STAGE_CHANGE".equals(newestEntry().getAttribute("data-kind")));
    assertTrue(newestEntry().getText().contains("Stage changed from New to In progress"));
    assertTrue(newestEntry().getText().contains("Sophie Durand"));

    browser.findElement(By.id("card:newComment")).sendKeys("<b>loud</b> see https://example.com/x");
    browser.findElement(By.id("card:addComment")).click();
    wait.until(d -> "COMMENT".equals(newestEntry().getAttribute("data-kind")));
    WebElement comment = newestEntry();
    assertTrue(comment.getText().contains("<b>loud</b>"), "markup is shown as typed");
    assertTrue(comment.findElements(By.tagName("b")).isEmpty());
    assertEquals(
        "https://example.com/x", comment.findElement(By.cssSelector(".entry-body a")).getText());

    browser.findElement(By.id("card:failure")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:failureStage")));
    browser.findElement(By.cssSelector("[id='card:failureStage'] .ui-radiobutton-box")).click();
    browser.findElement(By.id("card:confirmFailure")).click();
    wait.until(d -> "STAGE_CHANGE".equals(newestEntry().getAttribute("data-kind")));
    assertTrue(newestEntry().getText().contains("to Failure"));
    assertEquals("Failure", browser.findElement(By.id("card:failure")).getText().trim());

    browser.findElement(By.linkText("History")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:changes")));
    List<WebElement> changes = browser.findElements(By.cssSelector("[id='card:changes'] tbody tr"));
    assertEquals(2, changes.size(), "two stage moves, newest first");
    assertTrue(changes.get(0).getText().contains("Sophie Durand"), changes.get(0).getText());
    assertTrue(changes.get(0).getText().contains("Stage"));
    assertTrue(changes.get(1).getText().contains("New"));
    assertTrue(changes.get(1).getText().contains("In progress"));
  }

  @Test
  void aLeadConvertedFromItsCardGivesADealInTheBoardsFirstColumnLinkedBothWays() {
    String title = "Convert me " + UUID.randomUUID().toString().substring(0, 8);
    long lead =
        create(
            Api.as(deployment, "admin"),
            "{\"typeCode\":\"lead\",\"title\":\"" + title + "\",\"amount\":700}");
    signIn("admin");
    openCard(lead);

    browser.findElement(By.id("card:convertLead")).click();
    WebElement contactName =
        wait.until(ExpectedConditions.elementToBeClickable(By.id("card:contactTitle")));
    assertEquals(title, contactName.getAttribute("value"));
    contactName.clear();
    contactName.sendKeys("Contact of " + title);
    browser.findElement(By.id("card:convert")).click();
    wait.until(ExpectedConditions.textToBe(By.className("card-type"), "Deals"));
    long deal = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    assertEquals(title, browser.findElement(By.id("card-title")).getText());

    openDependencies();
    assertEquals(List.of("Source · " + title, "Linked · Contact of " + title), dependencies());

    browser.get(page("items/board.xhtml?type=deal"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".board-column")));
    WebElement initial = browser.findElements(By.cssSelector(".board-column")).get(0);
    assertEquals(
        1, initial.findElements(By.cssSelector(".board-card[data-item='" + deal + "']")).size());

    openCard(lead);
    openDependencies();
    assertEquals(
        List.of(
            "Created from this item · Contact of " + title, "Created from this item · " + title),
        dependencies());
  }

  @Test
  void aProductAddedOnTheProductsTabPricesTheItem() {
    long deal =
        create(
            Api.as(deployment, "admin"),
            "{\"typeCode\":\"deal\",\"title\":\"Priced by products\",\"amount\":1}");
    signIn("sophie");
    openCard(deal);
    browser.findElement(By.linkText("Products")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:addRow")));

    new Select(browser.findElement(By.id("card:catalogue_input")))
        .selectByVisibleText("Onboarding day");
    browser.findElement(By.id("card:addRow")).click();
    wait.until(d -> d.findElements(By.cssSelector(".product-rows input[id$=':name']")).size() == 1);
    browser.findElement(By.id("card:saveProducts")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("card:messages"), "Products saved"));
    assertTrue(
        browser.findElement(By.className("products-total")).getText().contains("1,080.00"),
        browser.findElement(By.className("products-total")).getText());
    assertEquals(
        "1080.00",
        Api.as(deployment, "sophie")
            .get("items/" + deal)
            .json()
            .getJsonNumber("amount")
            .toString());
  }

  @Test
  void aDocumentIsMadeFromTheCardAndOfferedForDownload() throws Exception {
    Api admin = Api.as(deployment, "admin");
    String type = admin.newItemType("d", "Offers", true, true);
    Reply template =
        admin.post(
            "document-templates?name=Offer&type=" + type + "&numbering=OF-%7Bseq%7D",
            WordTemplates.DOCX,
            WordTemplates.titleSplitOverThreeRuns());
    assertEquals(201, template.status(), template.toString());
    long item = create(admin, "{\"typeCode\":\"" + type + "\",\"title\":\"Garden shed\"}");
    signIn("sophie");
    openCard(item);

    browser.findElement(By.id("card:documentButton")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("card:generate"))).click();

    WebElement link =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("document-link")));
    assertEquals("OF-1.docx", link.getText());
    assertTrue(
        link.getAttribute("href").matches(".*/api/v1/items/" + item + "/documents/\\d+/file"));
    assertEquals(
        1, Api.as(deployment, "sophie").get("items/" + item + "/documents").array().size());
  }

  private void openDependencies() {
    browser.findElement(By.linkText("Dependencies")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".relations")));
  }

  /** Each linked item as "role · title". */
  private List<String> dependencies() {
    return browser.findElements(By.cssSelector(".relations tbody tr")).stream()
        .filter(row -> !row.findElements(By.className("related-title")).isEmpty())
        .map(
            row ->
                row.findElement(By.cssSelector("td")).getText()
                    + " · "
                    + row.findElement(By.className("related-title")).getText())
        .toList();
  }

  private WebElement newestEntry() {
    return browser.findElement(By.cssSelector(".timeline-entry"));
  }

  private void hideWithTheFieldMenu(String code) {
    WebElement gear = field(code).findElement(By.cssSelector(".ui-menubutton button"));
    String menu = gear.getAttribute("id").replaceAll("_button$", "_menu");
    gear.click();
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + menu + "'] a[id$=':hide']")))
        .click();
  }

  private static long create(Api api, String json) {
    Reply created = api.post("items", json);
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  private String fieldId(String code) {
    return Api.as(deployment, "admin")
        .get("fields?type=deal")
        .array()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(f -> f.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .toString();
  }

  private void openCard(long item) {
    browser.get(page("items/card.xhtml?id=" + item));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card-title")));
  }

  private WebElement section(String id) {
    return browser.findElement(By.cssSelector("section[data-section='" + id + "']"));
  }

  private WebElement field(String code) {
    return browser.findElement(By.cssSelector(".card-field[data-code='" + code + "']"));
  }

  private String valueOf(String code) {
    return field(code).findElement(By.className("field-value")).getText().trim();
  }

  private List<String> codesIn(String sectionId) {
    return browser
        .findElements(By.cssSelector("section[data-section='" + sectionId + "'] .card-field"))
        .stream()
        .map(field -> field.getAttribute("data-code"))
        .toList();
  }
}
