package org.tessera.crm.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for the page tests. On a developer machine without Chromium the page
 * tests are skipped; under CI (CI=true) a missing browser fails them, since .ci/run installs it.
 */
public final class Browser {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  private Browser() {}

  /** The address of a page of the deployment, e.g. {@code items/card.xhtml?id=1}. */
  public static String page(URL deployment, String path) {
    return deployment.toString().replaceAll("/+$", "") + "/" + path;
  }

  /** Signs in with the demo password and waits for the start page. */
  public static void signIn(ChromeDriver browser, URL deployment, String login) {
    browser.get(page(deployment, "login.xhtml"));
    browser.findElement(By.id("login:username")).sendKeys(login);
    browser.findElement(By.id("login:password")).sendKeys(Api.DEMO_PASSWORD);
    browser.findElement(By.id("login:submit")).click();
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("list-title")));
  }

  /**
   * Lets the browser save downloads into the folder without asking; headless Chromium refuses them
   * otherwise.
   */
  public static void allowDownloads(ChromeDriver browser, Path folder) {
    browser.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
  }

  public static ChromeDriver start() {
    boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    if (!"true".equals(System.getenv("CI"))) {
      assumeTrue(installed, "Debian chromium and chromium-driver are not installed");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=en",
        "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    return driver;
  }
}
