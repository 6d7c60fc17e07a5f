package org.tessera.crm.communication.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpMessageGatewayTest {

  private static final String TEMPLATE = "/send/{channel}?to={to}&text={text}";
  // Roomy, for the first request of a cold JVM; the slow-server test sets its own.
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final OutgoingMessage HELLO =
      new OutgoingMessage(MessageChannel.WHATSAPP, "+49 30 1234-567", "Hi Anna & Bob");

  private static HttpMessageGateway gateway(String url) {
    return gateway(url, TIMEOUT);
  }

  private static HttpMessageGateway gateway(String url, Duration timeout) {
    return new HttpMessageGateway(new GatewaySettings(url, "t0ken", timeout));
  }

  @Test
  void postCarriesTemplateUrlJsonBodyAndBearerTokenAndGivesTheProviderId() throws Exception {
    try (GatewayStub stub =
        GatewayStub.answering(200, "{\"id\":\"msg-7\",\"status\":\"queued\"}")) {
      String id = gateway(stub.url(TEMPLATE)).send(HELLO);

      GatewayStub.Request request = stub.request();
      assertEquals("msg-7", id);
      assertEquals("POST", request.method());
      assertEquals("/send/whatsapp", request.uri().getRawPath());
      assertEquals("to=%2B49301234567&text=Hi%20Anna%20%26%20Bob", request.uri().getRawQuery());
      assertEquals("Bearer t0ken", request.authorization());
      assertEquals("application/json", request.contentType());
      assertEquals(
          "{\"channel\":\"whatsapp\",\"to\":\"+49301234567\",\"text\":\"Hi Anna & Bob\"}",
          request.body());
    }
  }

  @Test
  void successWithoutJsonIdGivesAnEmptyId() throws Exception {
    try (GatewayStub stub = GatewayStub.answering(202, "accepted")) {
      assertEquals("", gateway(stub.url("/sms")).send(HELLO));
    }
  }

  @Test
  void serverErrorFailsNamingTheStatusAndTheStartOfTheAnswer() throws Exception {
    try (GatewayStub stub = GatewayStub.answering(500, "quota\n exceeded " + "x".repeat(5000))) {
      HttpMessageGateway gateway = gateway(stub.url("/sms?key=private"));

      GatewayFailed failed = assertThrows(GatewayFailed.class, () -> gateway.send(HELLO));

      assertTrue(
          failed
              .getMessage()
              .startsWith(
                  "The message gateway at "
                      + stub.url("")
                      + " answered HTTP 500: quota exceeded x"),
          failed.getMessage());
      assertTrue(failed.getMessage().length() < 300, failed.getMessage());
      assertFalse(failed.getMessage().contains("private"), "the query stays out of messages");
    }
  }

  @Test
  void refusedConnectionFails() throws Exception {
    String url = "http://127.0.0.1:" + TestMailbox.closedPort();

    GatewayFailed failed =
        assertThrows(GatewayFailed.class, () -> gateway(url + "/sms").send(HELLO));

    assertTrue(
        failed.getMessage().startsWith("Cannot reach the message gateway at " + url),
        failed.getMessage());
  }

  @Test
  void serverSlowerThanTheTimeoutFails() throws Exception {
    try (GatewayStub stub = GatewayStub.stalling()) {
      HttpMessageGateway gateway = gateway(stub.url("/sms"), Duration.ofMillis(300));
      long start = System.nanoTime();

      GatewayFailed failed = assertThrows(GatewayFailed.class, () -> gateway.send(HELLO));

      assertEquals(
          "The message gateway at " + stub.url("") + " did not answer within 300 ms",
          failed.getMessage());
      assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 3);
    }
  }

  @Test
  void settingsRefuseATemplateThatIsNoWebAddressAndHideTheToken() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new GatewaySettings("ftp://gateway.test/{to}", "t0ken", TIMEOUT));
    assertFalse(
        new GatewaySettings("https://gateway.test/{to}", "t0ken", TIMEOUT)
            .toString()
            .contains("t0ken"));
  }
}
