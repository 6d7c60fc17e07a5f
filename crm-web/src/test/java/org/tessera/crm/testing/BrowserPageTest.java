package org.tessera.crm.testing;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page test: a fresh headless Chromium per test against the deployment, and a wait that looks
 * again when an ajax update replaced what it was looking at. Subclasses declare the deployment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserPageTest {

  @ArquillianResource protected URL deployment;

  protected ChromeDriver browser;
  protected WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  protected String page(String path) {
    return Browser.page(deployment, path);
  }

  protected void signIn(String login) {
    Browser.signIn(browser, deployment, login);
  }
}
