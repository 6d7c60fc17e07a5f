package org.tessera.crm.view.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tessera.crm.testing.Api;
import org.tessera.crm.testing.Api.Reply;
import org.tessera.crm.testing.Browser;
import org.tessera.crm.testing.BrowserPageTest;
import org.tessera.crm.testing.CrmDeployment;

/** The deal board in a real browser: dragging a card, the counts, quick-create with "+". */
class BoardPageIT extends BrowserPageTest {

  private static final String NEW_TITLE = "[id='board:quickCreateDialog'] input[id$=':title']";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @Test
  void aDraggedCardChangesStageCountsAndTimelineAndPlusCreatesInItsColumn() throws Exception {
    String title = "Board test " + UUID.randomUUID().toString().substring(0, 6);
    long deal = newDeal(title, "");

    signIn("sophie");
    browser.get(page("items/board.xhtml?type=deal"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("board-title")));
    List<Long> before = counts();
    long secondStage = Long.parseLong(column(1).getAttribute("data-stage"));
    WebElement card = card(deal);
    assertEquals(title, card.findElement(By.className("card-title")).getText());

    drag(card, column(1));
    wait.until(d -> counts().get(1) == before.get(1) + 1);
    assertEquals(before.get(0) - 1, counts().get(0));
    assertTrue(column(1).getText().contains(title));

    column(1).findElement(By.cssSelector("button[id$=':add']")).click();
    String quick = "Quick " + UUID.randomUUID().toString().substring(0, 6);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(NEW_TITLE)))
        .sendKeys(quick);
    browser.findElement(By.id("board:createItem")).click();
    wait.until(d -> counts().get(1) == before.get(1) + 2);
    assertTrue(column(1).getText().contains(quick));
    Files.createDirectories(Path.of("target/screenshots"));
    Files.write(Path.of("target/screenshots/board.png"), browser.getScreenshotAs(OutputType.BYTES));

    browser.findElement(By.id("toWorkload")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("workload")));
    assertTrue(browser.findElement(By.id("workload")).getText().contains("Sophie Durand"));
    browser.navigate().back();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("board-title")));

    card(deal).findElement(By.className("card-title")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card-title")));
    WebElement newest = browser.findElement(By.cssSelector(".timeline-entry"));
    assertEquals("STAGE_CHANGE", newest.getAttribute("data-kind"));
    JsonObject moved = Api.as(deployment, "admin").get("items/" + deal).json();
    assertTrue(newest.getText().contains("Sophie Durand"));
    assertEquals(secondStage, moved.getJsonNumber("stageId").longValue());
  }

  @Test
  void aUserChoosesTheFieldsTheirCardsShow() {
    String title = "Fair deal " + UUID.randomUUID().toString().substring(0, 6);
    Reply created =
        Api.as(deployment, "admin")
            .post(
                "items",
                "{\"typeCode\":\"deal\",\"title\":\""
                    + title
                    + "\",\"amount\":1200,\"fields\":{\"source\":\"Trade fair\"}}");
    assertEquals(201, created.status(), created.toString());
    long deal = created.json().getJsonNumber("id").longValue();

    signIn("marc");
    browser.get(page("items/board.xhtml?type=deal"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("board-title")));
    assertTrue(card(deal).getText().contains("1,200.00 EUR"), card(deal).getText());
    assertFalse(card(deal).getText().contains("Trade fair"));

    browser.findElement(By.id("board:settings")).click();
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='boardFields:onCards']//label[normalize-space()='Source']")))
        .click();
    browser.findElement(By.id("boardFields:saveMine")).click();
    wait.until(d -> card(deal).getText().contains("Trade fair"));
    assertTrue(card(deal).getText().contains("1,200.00 EUR"));
  }

  @Test
  void plusActivityOnACardPlansOneAndItsCounterShowsIt() {
    String title = "Activity deal " + UUID.randomUUID().toString().substring(0, 6);
    Reply created =
        Api.as(deployment, "admin")
            .post("items", "{\"typeCode\":\"deal\",\"title\":\"" + title + "\"}");
    long deal = created.json().getJsonNumber("id").longValue();

    signIn("sophie");
    browser.get(page("items/board.xhtml?type=deal"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("board-title")));
    assertEquals("0", counter(deal).getText().trim());
    assertTrue(counter(deal).getAttribute("class").contains("counter-GREY"));

    card(deal).findElement(By.cssSelector("a[id$=':addActivity']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("activityForm:subject")))
        .sendKeys("Call the buyer");
    browser.findElement(By.id("activityForm:save")).click();
    wait.until(d -> counter(deal).getText().trim().equals("1"));
    assertTrue(counter(deal).getAttribute("class").contains("counter-GREEN"));

    counter(deal).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("activityList:dialog")));
    assertTrue(
        browser.findElement(By.id("activityList:dialog")).getText().contains("Call the buyer"));
  }

  @Test
  void exportToExcelDownloadsTheCardsOfTheFilteredBoard() throws Exception {
    String title = "Export deal " + UUID.randomUUID().toString().substring(0, 6);
    long deal = newDeal(title, ",\"amount\":250");
    Path downloads = Files.createTempDirectory("export");
    Browser.allowDownloads(browser, downloads);

    signIn("sophie");
    browser.get(page("items/board.xhtml?type=deal"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("board-title")));
    browser.findElement(By.id("board:text")).sendKeys(title);
    browser.findElement(By.id("board:applyFilter")).click();
    wait.until(d -> d.findElements(By.cssSelector(".board-card")).size() == 1);
    browser.findElement(By.id("export:exportXlsx")).click();

    Path file = wait.until(d -> xlsxIn(downloads));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("export:exportDialog")));
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertEquals(1, sheet.getLastRowNum(), "only the card the filter leaves");
      assertEquals(deal, (long) sheet.getRow(1).getCell(0).getNumericCellValue());
      assertEquals(title, sheet.getRow(1).getCell(1).getStringCellValue());
      assertEquals(250.0, sheet.getRow(1).getCell(3).getNumericCellValue());
    }
  }

  @Test
  void aMoveOnOneBoardShowsOnAnotherOpenBoardWithoutReloadingIt() {
    String title = "Live " + UUID.randomUUID().toString().substring(0, 6);
    long deal = newDeal(title, "");
    ChromeDriver colleague = Browser.start();
    try {
      Browser.signIn(colleague, deployment, "marc");
      colleague.get(page("items/board.xhtml?type=deal"));
      WebDriverWait colleagueWait = new WebDriverWait(colleague, Duration.ofSeconds(15));
      colleagueWait.until(
          ExpectedConditions.visibilityOfElementLocated(
              By.cssSelector(".board-card[data-item='" + deal + "']")));
      colleague.executeScript("window.crmSamePage = true;");

      signIn("sophie");
      browser.get(page("items/board.xhtml?type=deal"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("board-title")));
      drag(card(deal), column(1));

      colleagueWait
          .ignoring(StaleElementReferenceException.class)
          .until(
              d ->
                  !d.findElements(By.cssSelector(".board-column"))
                      .get(1)
                      .findElements(By.cssSelector(".board-card[data-item='" + deal + "']"))
                      .isEmpty());
      assertEquals(
          Boolean.TRUE,
          colleague.executeScript("return window.crmSamePage === true;"),
          "the colleague's page was not reloaded");
    } finally {
      colleague.quit();
    }
  }

  @Test
  void aBurstOfChangesMakesTheBoardReadItsColumnsOnceWhileReadingAndOnceAfter() {
    signIn("sophie");
    browser.get(page("items/board.xhtml?type=deal"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("board-title")));
    browser.executeScript(
        "window.crmReads = 0; var read = window.crmRefresh;"
            + " window.crmRefresh = function () { window.crmReads++; read(); };"
            + " var pipeline = $('.board-columns').data('pipeline');"
            + " for (var i = 0; i < 5; i++) { crmBoard.changed(pipeline); }");
    assertEquals(1L, browser.executeScript("return window.crmReads;"));
    wait.until(
        d ->
            Long.valueOf(2).equals(browser.executeScript("return window.crmReads;"))
                && Boolean.FALSE.equals(browser.executeScript("return crmBoard.refreshing;")));
    assertEquals(2L, browser.executeScript("return window.crmReads;"));
  }

  @Test
  void ctrlAndAnArrowMoveTheFocusedCardToTheNextColumnAndKeepItsFocus() {
    String title = "Keys " + UUID.randomUUID().toString().substring(0, 6);
    long deal = newDeal(title, "");
    signIn("sophie");
    browser.get(page("items/board.xhtml?type=deal"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("board-title")));
    List<Long> before = counts();

    card(deal).sendKeys(Keys.chord(Keys.CONTROL, Keys.ARROW_RIGHT));
    wait.until(d -> counts().get(1) == before.get(1) + 1);
    assertTrue(column(1).getText().contains(title));
    wait.until(
        d -> String.valueOf(deal).equals(d.switchTo().activeElement().getAttribute("data-item")));

    card(deal).sendKeys(Keys.chord(Keys.CONTROL, Keys.ARROW_LEFT));
    wait.until(d -> counts().get(1).equals(before.get(1)));
    assertTrue(column(0).getText().contains(title));
    card(deal).sendKeys(Keys.chord(Keys.CONTROL, Keys.ARROW_LEFT));
    assertEquals(before, counts(), "there is no column before the first");
  }

  @Test
  void inFrenchTheBoardAndTheCardSpeakFrench() {
    long deal = newDeal("Français " + UUID.randomUUID().toString().substring(0, 6), "");
    signIn("julie");
    browser.get(page("items/board.xhtml?type=deal"));
    WebElement english =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("board-title")));
    browser.findElement(By.id("userForm:lang-fr")).click();
    wait.until(ExpectedConditions.stalenessOf(english));
    wait.until(ExpectedConditions.textToBe(By.id("board-title"), "Transactions"));
    assertEquals(
        "Rechercher dans les titres",
        browser.findElement(By.id("board:text")).getDomAttribute("placeholder"));
    assertEquals(
        "Éléments à cette étape",
        browser.findElement(By.cssSelector(".column-count")).getDomAttribute("title"));

    card(deal).findElement(By.className("card-title")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card-title")));
    assertEquals(
        "Fil d'activité", browser.findElement(By.cssSelector(".card-timeline h2")).getText());
    assertTrue(browser.findElement(By.linkText("Historique")).isDisplayed());
    assertTrue(browser.findElement(By.linkText("Dépendances")).isDisplayed());
    assertEquals("fr", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
  }

  private void drag(WebElement card, WebElement column) {
    new Actions(browser)
        .clickAndHold(card)
        .moveByOffset(10, 10)
        .moveToElement(column)
        .moveByOffset(0, 10)
        .release()
        .perform();
  }

  /** A deal the admin creates, with more JSON properties, e.g. {@code ,"amount":250}. */
  private long newDeal(String title, String moreJson) {
    Reply created =
        Api.as(deployment, "admin")
            .post("items", "{\"typeCode\":\"deal\",\"title\":\"" + title + "\"" + moreJson + "}");
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  /** A finished .xlsx download in the folder, or null while there is none. */
  private static Path xlsxIn(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElse(null);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private WebElement counter(long item) {
    return card(item).findElement(By.className("activity-counter"));
  }

  private List<Long> counts() {
    return browser.findElements(By.cssSelector(".board-column .column-count")).stream()
        .map(count -> Long.valueOf(count.getText().trim()))
        .toList();
  }

  private WebElement column(int index) {
    return browser.findElements(By.cssSelector(".board-column")).get(index);
  }

  private WebElement card(long item) {
    return browser.findElement(By.cssSelector(".board-card[data-item='" + item + "']"));
  }
}
