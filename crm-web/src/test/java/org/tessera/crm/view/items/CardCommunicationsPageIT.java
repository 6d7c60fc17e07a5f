package org.tessera.crm.view.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tessera.crm.testing.Api;
import org.tessera.crm.testing.Api.Reply;
import org.tessera.crm.testing.BrowserPageTest;
import org.tessera.crm.testing.CrmDeployment;

/**
 * The card's communication bar and planned activities in a real browser, and the bell that tells a
 * participant about an activity.
 */
class CardCommunicationsPageIT extends BrowserPageTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @Test
  void aMissedCallLoggedFromTheCardWaitsOnTheItemUntilMarkedAnswered() {
    long lead =
        create(
            "{\"typeCode\":\"lead\",\"title\":\"Caller\",\"fields\":{\"phone\":[\"+33 1 23 45 67 89\"]}}");
    signIn("sophie");
    openCard(lead);
    assertEquals(
        "tel:+33123456789",
        browser.findElement(By.className("tel-link")).getAttribute("href"),
        "the client's number dials from the card");

    browser.findElement(By.id("card:logCallButton")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:callPhone")));
    assertEquals(
        "+33 1 23 45 67 89", browser.findElement(By.id("card:callPhone")).getAttribute("value"));
    browser.findElement(By.cssSelector("label[for='card:callDirection:2']")).click();
    browser.findElement(By.id("card:callOutcome")).sendKeys("No answer");
    browser.findElement(By.id("card:saveCall")).click();

    wait.until(d -> timelineTexts().stream().anyMatch(t -> t.contains("Missed call from")));
    assertTrue(messages().contains("is logged"), messages());
    WebElement waiting = browser.findElement(By.cssSelector(".waiting .unanswered"));
    assertTrue(waiting.getText().contains("No answer"), waiting.getText());

    waiting.findElement(By.tagName("button")).click();
    wait.until(d -> d.findElements(By.cssSelector(".waiting .unanswered")).isEmpty());
    assertTrue(messages().contains("answered"), messages());
  }

  @Test
  void aMessageTheGatewayDoesNotTakeIsSaidAsAnErrorAndKeptFailedOnTheTimeline() {
    long lead =
        create(
            "{\"typeCode\":\"lead\",\"title\":\"Texted\",\"fields\":{\"phone\":[\"+33611223344\"]}}");
    signIn("sophie");
    openCard(lead);

    browser.findElement(By.id("card:messageButton")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:messageText")));
    browser.findElement(By.id("card:sendMessage")).click();
    wait.until(d -> d.findElement(By.id("card:messageMessages")).getText().contains("Text"));

    browser.findElement(By.id("card:messageText")).sendKeys("Your offer for {Item.Title} is ready");
    browser.findElement(By.id("card:sendMessage")).click();

    // No gateway listens on the configured port in this test.
    wait.until(d -> messages().contains("Not sent"));
    wait.until(
        d ->
            timelineTexts().stream()
                .anyMatch(t -> t.contains("SMS to +33611223344 could not be sent")));
  }

  @Test
  void anActivityPlannedFromTheCardRingsTheParticipantsBellAndIsDoneFromTheCard() {
    long deal = create("{\"typeCode\":\"deal\",\"title\":\"Demo day\"}");
    Api marc = Api.as(deployment, "marc");
    assertEquals(200, marc.put("notifications/read", "{}").status());
    String marcName = marc.get("users/me").json().getString("fullName");

    signIn("sophie");
    openCard(deal);
    browser.findElement(By.id("card:activityButton")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:subject")))
        .sendKeys("Show the product");
    browser.findElement(By.id("card:participants")).click();
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//div[@id='card:participants_panel']//li[.//label[normalize-space()='"
                        + marcName
                        + "']]//div[contains(@class,'ui-chkbox-box')]")))
        .click();
    browser
        .findElement(By.cssSelector("#card\\:participants_panel .ui-selectcheckboxmenu-close"))
        .click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("card:participants_panel")));
    assertTrue(
        browser.findElement(By.id("card:participants")).getText().contains(marcName),
        "the participant is chosen");
    browser.findElement(By.id("card:planActivity")).click();

    WebElement planned =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".planned-activity")));
    assertTrue(planned.getText().contains("Show the product"), planned.getText());
    assertTrue(timelineTexts().stream().anyMatch(t -> t.contains("Show the product")));

    planned.findElement(By.cssSelector("button[id$='done']")).click();
    wait.until(d -> d.findElements(By.cssSelector(".planned-activity")).isEmpty());
    wait.until(
        d ->
            timelineTexts().stream()
                .anyMatch(t -> t.startsWith("Activity done: Show the product")));

    browser.manage().deleteAllCookies();
    signIn("marc");
    browser.get(page("items/list.xhtml?type=deal"));
    WebElement count =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("userForm:unreadCount")));
    assertEquals("1", count.getText());
    browser.findElement(By.id("userForm:bellButton")).click();
    WebElement notification =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".notifications .unread a")));
    assertTrue(notification.getText().contains("Show the product"), notification.getText());
    notification.click();

    wait.until(ExpectedConditions.textToBe(By.id("card-title"), "Demo day"));
    assertTrue(browser.findElements(By.id("userForm:unreadCount")).isEmpty(), "read now");
  }

  private long create(String json) {
    Reply created = Api.as(deployment, "sophie").post("items", json);
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  private void openCard(long item) {
    browser.get(page("items/card.xhtml?id=" + item));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card-title")));
  }

  private String messages() {
    return browser.findElement(By.id("card:messages")).getText();
  }

  private List<String> timelineTexts() {
    return browser.findElements(By.cssSelector(".timeline-entry .entry-body")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
