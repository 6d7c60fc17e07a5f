package org.tessera.crm.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tessera.crm.testing.Browser;
import org.tessera.crm.testing.CrmDeployment;

/**
 * What a person sees from signing in to signing out: the sign-in page, the item lists of the top
 * navigation, the pipeline switch, the language switch and the not-found page, in headless Chromium
 * against the real Payara Micro with the demo data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInAndItemListPageIT {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Pattern STACK_FRAME = Pattern.compile("\\w\\.java:\\d+\\)");
  private static final By ROWS = By.cssSelector("#list\\:items_data > tr");

  @ArquillianResource URL deployment;

  // One browser for the class, a new session per test: starting Chromium costs more than a test.
  private static ChromeDriver browser;
  private WebDriverWait wait;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @BeforeAll
  static void openBrowser() {
    browser = Browser.start();
    // Explicit waits only: an implicit wait would make every "is not there" check wait it out.
    browser.manage().timeouts().implicitlyWait(Duration.ZERO);
  }

  @BeforeEach
  void signedOutWithTheBrowsersLanguage() {
    if (browser.getCurrentUrl().startsWith("http")) {
      browser.manage().deleteAllCookies();
    }
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void keepTheLastPage(TestInfo test) throws IOException {
    // What the browser showed last, to see why a test failed without rerunning it.
    if (browser != null) {
      screenshot("last-" + test.getTestMethod().orElseThrow().getName());
    }
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theAppRootShowsTheSignInPageToAnAnonymousVisitor() {
    browser.get(url(""));

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), browser.getCurrentUrl());
    assertEquals("Sign in · Tessera CRM", browser.getTitle());
    assertTrue(browser.findElement(By.id("login:password")).isDisplayed());
    assertEquals("Sign in", browser.findElement(By.id("login:submit")).getText());
    assertTrue(browser.findElements(By.id("userForm")).isEmpty(), "no user box before signing in");
    assertTrue(browser.findElements(By.id("list:items")).isEmpty(), "no items before signing in");
  }

  @Test
  void aWrongPasswordStaysOnTheSignInPageWithAnError() {
    browser.get(url("login.xhtml"));
    submitSignIn("admin", "not-the-password");

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("login:messages"), "The login or password is wrong."));
    assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), browser.getCurrentUrl());
    assertTrue(browser.findElement(By.id("login:username")).isDisplayed());
    assertEquals("", browser.findElement(By.id("login:password")).getDomProperty("value"));
    assertTrue(browser.findElements(By.id("userForm")).isEmpty(), "not signed in");

    browser.get(url("items/list.xhtml?type=deal"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    assertTrue(browser.findElements(By.id("list:items")).isEmpty(), "still not signed in");
  }

  @Test
  void signingInLandsOnTheSalesDealsAndThePartnersPipelineListsOnlyItsOwnDeals()
      throws IOException {
    signInAs("admin");

    assertTrue(browser.getCurrentUrl().contains("/items/list.xhtml"), browser.getCurrentUrl());
    assertEquals("Deals", browser.findElement(By.id("list-title")).getText());
    assertEquals("Alice Martin", userName());
    assertTrue(rowTitles().contains("Dupont SA: CRM roll-out"), rowTitles().toString());
    assertTrue(rowTitles().contains("Nordwind: 50 licences"), rowTitles().toString());
    assertFalse(rowTitles().contains("Reseller agreement: Benelux"), rowTitles().toString());
    assertEquals(
        List.of("Title", "Stage", "Amount", "Responsible", "Last change"), columnHeaders());
    assertEquals("Sales", currentPipelineLink().getText());
    assertEquals("page", currentPipelineLink().getDomAttribute("aria-current"));
    List<String> dupont = cellsOfRow("Dupont SA: CRM roll-out");
    assertEquals("New", dupont.get(1));
    assertEquals("45,000.00 EUR", dupont.get(2), "amount with the item's currency");
    assertEquals("Sophie Durand", dupont.get(3));
    assertTrue(
        dupont.get(4).matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}\\W+[AP]M"),
        "a date as English readers write it, not ISO: " + dupont.get(4));
    screenshot("deal-list");

    WebElement salesTable = browser.findElement(By.id("list:items"));
    browser.findElement(By.linkText("Partners")).click();
    wait.until(ExpectedConditions.stalenessOf(salesTable));
    waitForRow("Reseller agreement: Benelux");

    assertEquals("Deals", browser.findElement(By.id("list-title")).getText());
    assertEquals("Partners", currentPipelineLink().getText());
    assertTrue(browser.getCurrentUrl().contains("pipeline="), browser.getCurrentUrl());
    assertFalse(rowTitles().contains("Dupont SA: CRM roll-out"), rowTitles().toString());
    assertFalse(rowTitles().contains("Nordwind: 50 licences"), rowTitles().toString());
    screenshot("deal-list-partners");
  }

  @Test
  void theContactsLinkListsContactsWithoutAStageColumn() throws IOException {
    signInAs("admin");

    WebElement deals = browser.findElement(By.id("list:items"));
    navLink("Contacts").click();
    wait.until(ExpectedConditions.stalenessOf(deals));
    waitForRow("Claire Dupont");

    assertEquals("Contacts", browser.findElement(By.id("list-title")).getText());
    assertTrue(browser.getCurrentUrl().contains("type=contact"), browser.getCurrentUrl());
    assertTrue(rowTitles().containsAll(List.of("Claire Dupont", "Hans Meyer", "Léa Moreau")));
    assertFalse(rowTitles().contains("Dupont SA: CRM roll-out"), rowTitles().toString());
    assertEquals(List.of("Title", "Responsible", "Last change"), columnHeaders());
    assertTrue(browser.findElements(By.cssSelector(".pipelines")).isEmpty(), "no pipeline switch");
    assertTrue(navLink("Contacts").getDomAttribute("class").contains("current"));
    screenshot("contact-list");
  }

  @Test
  void switchingToFrenchTranslatesTheNavigationAndTheColumnHeaders() throws IOException {
    signInAs("admin");
    assertEquals("Deals", browser.findElement(By.id("list-title")).getText());

    WebElement englishPage = browser.findElement(By.id("list:items"));
    browser.findElement(By.id("userForm:lang-fr")).click();
    wait.until(ExpectedConditions.stalenessOf(englishPage));
    wait.until(ExpectedConditions.textToBe(By.id("list-title"), "Transactions"));
    waitForRow("Dupont SA: CRM roll-out");

    assertEquals(
        List.of(
            "Prospects",
            "Transactions",
            "Contacts",
            "Entreprises",
            "Factures",
            "Devis",
            "Paramètres"),
        browser.findElements(By.cssSelector("nav.type-nav a")).stream()
            .map(WebElement::getText)
            .toList());
    assertEquals(
        List.of("Titre", "Étape", "Montant", "Responsable", "Dernière modification"),
        columnHeaders());
    assertEquals("Se déconnecter", browser.findElement(By.id("userForm:signOut")).getText());
    assertEquals("fr", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
    screenshot("deal-list-fr");

    // The choice holds for the session: the next page is French too.
    navLink("Entreprises").click();
    wait.until(ExpectedConditions.textToBe(By.id("list-title"), "Entreprises"));
    waitForRow("Dupont SA");
    assertEquals(List.of("Titre", "Responsable", "Dernière modification"), columnHeaders());
  }

  @Test
  void signingOutReturnsToTheSignInPageAndTheListThenNeedsSigningInAgain() {
    signInAs("admin");

    browser.findElement(By.id("userForm:signOut")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), browser.getCurrentUrl());
    assertTrue(browser.findElements(By.id("userForm")).isEmpty(), "signed out");

    browser.get(url("items/list.xhtml?type=deal"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), browser.getCurrentUrl());
    assertTrue(browser.findElements(By.id("list:items")).isEmpty(), "the list needs a sign-in");
    assertFalse(browser.getPageSource().contains("Dupont SA: CRM roll-out"));
  }

  @Test
  void anUnknownTypeShowsTheNotFoundPageWithStatus404() throws Exception {
    signInAs("admin");

    browser.get(url("items/list.xhtml?type=nope"));
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Not found"));
    assertEquals("Not found · Tessera CRM", browser.getTitle());
    assertTrue(browser.getPageSource().contains("This page or item does not exist."));
    assertTrue(browser.findElements(By.id("list:items")).isEmpty(), "no list");
    assertFalse(STACK_FRAME.matcher(browser.getPageSource()).find(), "no stack trace");
    assertFalse(browser.getPageSource().contains("Internal Server Error"));

    // The browser cannot see status codes; ask for the same page in the same session.
    Cookie session = browser.manage().getCookieNamed("JSESSIONID");
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url("items/list.xhtml?type=nope")))
                    .header("Cookie", "JSESSIONID=" + session.getValue())
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(404, response.statusCode(), response.body());
    assertTrue(response.body().contains("<h1>Not found</h1>"), response.body());

    // The way back still works: the session survived the error page.
    browser.findElement(By.linkText("Back to the deals")).click();
    wait.until(ExpectedConditions.textToBe(By.id("list-title"), "Deals"));
    waitForRow("Dupont SA: CRM roll-out");
  }

  private void signInAs(String login) {
    browser.get(url("login.xhtml"));
    submitSignIn(login, "demo");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("list-title")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(ROWS));
  }

  private void submitSignIn(String login, String password) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")))
        .sendKeys(login);
    browser.findElement(By.id("login:password")).sendKeys(password);
    browser.findElement(By.id("login:submit")).click();
  }

  private WebElement navLink(String label) {
    return browser.findElement(
        By.xpath("//nav[contains(@class,'type-nav')]//a[normalize-space()='" + label + "']"));
  }

  private WebElement currentPipelineLink() {
    return browser.findElement(By.cssSelector(".pipelines a.current-pipeline"));
  }

  private void waitForRow(String title) {
    wait.until(ExpectedConditions.presenceOfElementLocated(rowOf(title)));
  }

  private List<String> rowTitles() {
    return browser.findElements(ROWS).stream()
        .map(row -> row.findElement(By.tagName("td")).getText())
        .map(String::strip)
        .toList();
  }

  private List<String> cellsOfRow(String title) {
    return browser.findElement(rowOf(title)).findElements(By.tagName("td")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  private static By rowOf(String title) {
    return By.xpath("//tbody[@id='list:items_data']/tr[td[1][normalize-space()='" + title + "']]");
  }

  private String userName() {
    return browser.findElement(By.cssSelector("#userForm .user-name")).getText();
  }

  private List<String> columnHeaders() {
    return browser.findElements(By.cssSelector("#list\\:items thead th .ui-column-title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.copy(
        browser.getScreenshotAs(OutputType.FILE).toPath(),
        SCREENSHOTS.resolve(name + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  private String url(String path) {
    return deployment.toString().replaceAll("/+$", "") + "/" + path;
  }
}
