package org.tessera.crm.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tessera.crm.testing.CrmDeployment;

/** The MicroProfile Health probes, asked as a load balancer does: without signing in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

  @ArquillianResource URL deployment;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @Test
  void readyWhenTheDatabaseAnswersAndLiveWithRoomOnTheHeap() throws Exception {
    JsonObject ready = probe("/health/ready");
    assertEquals("UP", ready.getString("status"), ready.toString());
    assertEquals("database", check(ready, "database").getString("name"));

    JsonObject live = probe("/health/live");
    assertEquals("UP", live.getString("status"), live.toString());
    assertEquals("UP", check(live, "heap").getString("status"));
  }

  @Test
  void metricsArePublishedForPrometheus() throws Exception {
    String metrics = get("/metrics");
    assertTrue(metrics.contains("usedHeap"), metrics.lines().limit(20).toList().toString());
  }

  private JsonObject probe(String path) throws Exception {
    return Json.createReader(new StringReader(get(path))).readObject();
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(new URL(deployment, path).toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  private static JsonObject check(JsonObject health, String name) {
    return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(check -> name.equals(check.getString("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + health));
  }
}
