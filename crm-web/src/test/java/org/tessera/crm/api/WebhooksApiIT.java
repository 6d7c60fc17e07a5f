package org.tessera.crm.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.crm.testing.Api.Reply;
import org.tessera.crm.testing.ApiTest;
import org.tessera.crm.testing.CrmDeployment;

/**
 * Webhooks against a receiver this test runs on the loopback address: signed deliveries, retried
 * after a failure (the tests' first retry comes after a second), and a dead receiver that changes
 * nothing for the user.
 */
class WebhooksApiIT extends ApiTest {

  private record Received(Map<String, List<String>> headers, String body) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final List<Long> hooks = new ArrayList<>();
  private HttpServer receiver;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @AfterEach
  void stop() {
    hooks.forEach(hook -> admin().delete("webhooks/" + hook));
    if (receiver != null) {
      receiver.stop(0);
    }
  }

  @Test
  void aStageChangeIsDeliveredSignedAndRetriedAfterTheReceiverFailed() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    String url = receive(() -> calls.incrementAndGet() == 1 ? 500 : 204);
    Reply registered =
        admin().post("webhooks", "{\"url\":\"" + url + "\",\"events\":[\"STAGE_CHANGED\"]}");
    assertEquals(201, registered.status(), registered.toString());
    long hook = registered.json().getJsonNumber("id").longValue();
    hooks.add(hook);
    String secret = registered.json().getString("secret");
    assertFalse(admin().get("webhooks").array().getJsonObject(0).containsKey("secret"));

    JsonObject deal = admin().post("items", "{\"typeCode\":\"deal\",\"title\":\"Hooked\"}").json();
    long item = deal.getJsonNumber("id").longValue();
    assertEquals(
        201, admin().post("items/" + item + "/timeline/comments", "{\"text\":\"hi\"}").status());
    Reply moved =
        admin()
            .put(
                "items/" + item + "/stage",
                "{\"stageId\":"
                    + nextStage(deal)
                    + ",\"version\":"
                    + deal.getJsonNumber("version")
                    + "}");
    assertEquals(200, moved.status(), moved.toString());

    awaitDeliveries(() -> received.size() >= 2);
    assertEquals(2, received.size(), "one failed attempt, one retry, nothing for the comment");
    Received retry = received.get(1);
    assertEquals(received.get(0).body(), retry.body());
    assertEquals(
        "sha256=" + hmac(secret, retry.body()),
        retry.headers().get("X-tessera-signature").get(0),
        "signed with the webhook's secret");
    JsonObject payload = Json.createReader(new StringReader(retry.body())).readObject();
    assertEquals("STAGE_CHANGED", payload.getString("event"));
    assertEquals(item, payload.getJsonObject("item").getJsonNumber("id").longValue());
    assertEquals("New", payload.getJsonObject("details").getString("fromStage"));

    JsonObject logged =
        admin()
            .get("webhooks/" + hook + "/deliveries")
            .json()
            .getJsonArray("content")
            .getJsonObject(0);
    assertEquals("DELIVERED", logged.getString("status"));
    assertEquals(2, logged.getInt("attempts"));
    assertEquals(204, logged.getInt("lastStatusCode"));
  }

  @Test
  void aDeadReceiverNeitherSlowsNorUndoesTheUsersActionAndIsLoggedAsFailing() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    Reply registered =
        admin()
            .post(
                "webhooks",
                "{\"url\":\"http://127.0.0.1:"
                    + closedPort
                    + "/gone\",\"events\":[\"ITEM_CREATED\"]}");
    long hook = registered.json().getJsonNumber("id").longValue();
    hooks.add(hook);

    Instant before = Instant.now();
    Reply created = as("sophie").post("items", "{\"typeCode\":\"deal\",\"title\":\"Unhooked\"}");
    assertEquals(201, created.status(), created.toString());
    assertTrue(Duration.between(before, Instant.now()).toMillis() < 3000, "not held up");
    long item = created.json().getJsonNumber("id").longValue();

    awaitDeliveries(() -> attempts(hook) >= 1);
    JsonObject logged =
        admin()
            .get("webhooks/" + hook + "/deliveries")
            .json()
            .getJsonArray("content")
            .getJsonObject(0);
    assertTrue(logged.getString("lastError").startsWith("No answer"), logged.toString());
    assertTrue(
        List.of("PENDING", "FAILED").contains(logged.getString("status")), logged.toString());
    assertEquals(200, admin().get("items/" + item).status(), "the deal is kept");
  }

  @Test
  void onlyAdminsRegisterWebhooksAndBadOnesAreRefused() {
    assertEquals(
        403,
        as("sophie")
            .post("webhooks", "{\"url\":\"https://a.example\",\"events\":[\"ITEM_CREATED\"]}")
            .status());
    assertEquals(
        422,
        admin()
            .post("webhooks", "{\"url\":\"ftp://a.example\",\"events\":[\"ITEM_CREATED\"]}")
            .status());
    assertEquals(
        400,
        admin()
            .post("webhooks", "{\"url\":\"https://a.example\",\"events\":[\"EXPLODED\"]}")
            .status());
    assertEquals(
        400, admin().post("webhooks", "{\"url\":\"https://a.example\",\"events\":[]}").status());
  }

  private String receive(IntSupplier status) throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
          exchange.sendResponseHeaders(status.getAsInt(), -1);
          exchange.close();
        });
    receiver.start();
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  /** Asks for the due deliveries until the condition holds (the clock also sends every 5 s). */
  private void awaitDeliveries(BooleanSupplier done) throws InterruptedException {
    Instant until = Instant.now().plusSeconds(30);
    while (!done.getAsBoolean() && Instant.now().isBefore(until)) {
      assertEquals(200, admin().post("webhooks/deliveries/due", "{}").status());
      Thread.sleep(300);
    }
  }

  private int attempts(long hook) {
    var content = admin().get("webhooks/" + hook + "/deliveries").json().getJsonArray("content");
    return content.isEmpty() ? 0 : content.getJsonObject(0).getInt("attempts");
  }

  private long nextStage(JsonObject deal) {
    return admin()
        .get("pipelines/" + deal.getJsonNumber("pipelineId") + "/stages")
        .array()
        .getJsonObject(1)
        .getJsonNumber("id")
        .longValue();
  }

  private static String hmac(String secret, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }
}
