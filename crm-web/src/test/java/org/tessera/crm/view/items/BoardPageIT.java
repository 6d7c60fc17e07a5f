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
import org.tessera.crm.testing.Api;
import org.tessera.crm.testing.Api.Reply;
import org.tessera.crm.testing.BrowserPageTest;
import org.tessera.crm.testing.CrmDeployment;

/** The deal board in a real browser: dragging a card, the counts, quick-create with "+". */
class BoardPageIT extends BrowserPageTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @Test
  void aDraggedCardChangesStageCountsAndTimelineAndPlusCreatesInItsColumn() throws Exception {
    String title = "Board test " + UUID.randomUUID().toString().substring(0, 6);
    Reply created =
        Api.as(deployment, "admin")
            .post("items", "{\"typeCode\":\"deal\",\"title\":\"" + title + "\"}");
    assertEquals(201, created.status(), created.toString());
    long deal = created.json().getJsonNumber("id").longValue();

    signIn("sophie");
    browser.get(page("items/board.xhtml?type=deal"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("board-title")));
    List<Long> before = counts();
    long secondStage = Long.parseLong(column(1).getAttribute("data-stage"));
    WebElement card = card(deal);
    assertEquals(title, card.findElement(By.className("card-title")).getText());

    new Actions(browser)
        .clickAndHold(card)
        .moveByOffset(10, 10)
        .moveToElement(column(1))
        .moveByOffset(0, 10)
        .release()
        .perform();
    wait.until(d -> counts().get(1) == before.get(1) + 1);
    assertEquals(before.get(0) - 1, counts().get(0));
    assertTrue(column(1).getText().contains(title));

    column(1).findElement(By.cssSelector("button[id$=':add']")).click();
    String quick = "Quick " + UUID.randomUUID().toString().substring(0, 6);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("board:newTitle")))
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
