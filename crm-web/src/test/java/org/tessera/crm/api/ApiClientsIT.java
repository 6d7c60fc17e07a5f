package org.tessera.crm.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.tessera.crm.testing.Api;
import org.tessera.crm.testing.Api.Reply;
import org.tessera.crm.testing.ApiTest;
import org.tessera.crm.testing.CrmDeployment;

/** What API clients rely on: the served OpenAPI document, sessions and personal API tokens. */
class ApiClientsIT extends ApiTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CrmDeployment.builtWar();
  }

  @Test
  void theServedOpenApiDocumentIsValidAndDrivesCreatingADealAndMovingIt() throws Exception {
    HttpResponse<String> served =
        http.send(
            HttpRequest.newBuilder(URI.create(new URL(deployment, "/openapi").toString()))
                .header("Accept", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, served.statusCode(), served.body());
    // Payara adds a member of its own, "endpoints" (not an x- extension); the rest must be valid.
    JsonObject document = Json.createReader(new StringReader(served.body())).readObject();
    String standard = Json.createObjectBuilder(document).remove("endpoints").build().toString();
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(standard);
    assertTrue(parsed.getMessages().isEmpty(), "not valid OpenAPI: " + parsed.getMessages());
    OpenAPI api = parsed.getOpenAPI();
    assertEquals("Tessera CRM", api.getInfo().getTitle());
    assertTrue(api.getComponents().getSecuritySchemes().containsKey("token"));

    String items = path(api, "/items");
    Operation create = api.getPaths().get(items).getPost();
    assertNotNull(create, "POST " + items);
    assertNotNull(create.getRequestBody(), "the document describes the new item's body");
    Schema<?> newItem =
        resolve(api, create.getRequestBody().getContent().get("application/json").getSchema());
    assertNotNull(newItem.getExample(), "with an example of a whole new item");
    assertTrue(newItem.getProperties().containsKey("title"), newItem.toString());
    String move = path(api, "/items/{id}/stage");
    Operation moveOperation = api.getPaths().get(move).getPut();
    Schema<?> moveBody =
        resolve(
            api, moveOperation.getRequestBody().getContent().get("application/json").getSchema());
    assertTrue(moveBody.getProperties().containsKey("stageId"), moveBody.toString());
    assertNotNull(
        ((Schema<?>) moveBody.getProperties().get("stageId")).getExample(), "with an example");

    String server =
        (api.getServers() == null || api.getServers().isEmpty()
                ? deployment.toString()
                : api.getServers().get(0).getUrl())
            .replaceAll("/+$", "");
    JsonObject deal =
        call(
            "POST", server + items, "{\"typeCode\":\"deal\",\"title\":\"From the document\"}", 201);
    String stagesPath =
        path(api, "/pipelines/{id}/stages")
            .replace("{id}", deal.getJsonNumber("pipelineId").toString());
    String nextStage =
        Json.createReader(
                new StringReader(call("GET", server + stagesPath, null, 200).getString("body")))
            .readArray()
            .getJsonObject(1)
            .getJsonNumber("id")
            .toString();
    JsonObject moved =
        call(
            "PUT",
            server + move.replace("{id}", deal.getJsonNumber("id").toString()),
            "{\"stageId\":" + nextStage + ",\"version\":" + deal.getJsonNumber("version") + "}",
            200);
    assertEquals(nextStage, moved.getJsonNumber("stageId").toString());
  }

  @Test
  void aPersonalTokenSignsItsUserInUntilRevokedAndIsShownOnlyOnce() {
    Reply issued = as("sophie").post("users/me/api-tokens", "{\"name\":\"Reporting script\"}");
    assertEquals(201, issued.status(), issued.toString());
    String token = issued.json().getString("token");
    assertTrue(token.startsWith("tcrm_") && token.length() > 40, token);
    long id = issued.json().getJsonNumber("id").longValue();

    Api script = Api.withToken(deployment, token);
    assertEquals("sophie", script.get("users/me").json().getString("login"));
    assertEquals(200, script.get("items?type=deal").status());
    JsonObject listed = as("sophie").get("users/me/api-tokens").array().getJsonObject(0);
    assertEquals("Reporting script", listed.getString("name"));
    assertFalse(listed.containsKey("token"), "the token is shown once, when made");
    assertTrue(token.startsWith(listed.getString("prefix")));
    assertTrue(listed.containsKey("lastUsedAt"), "its use is recorded");

    assertEquals(404, as("marc").delete("users/me/api-tokens/" + id).status(), "not Marc's");
    assertEquals(401, Api.withToken(deployment, token + "x").get("items?type=deal").status());
    assertEquals(204, as("sophie").delete("users/me/api-tokens/" + id).status());
    Reply revoked = script.get("items?type=deal");
    assertEquals(401, revoked.status(), revoked.toString());
    assertTrue(revoked.json().getString("detail").contains("unknown or revoked"));
    assertEquals(400, as("sophie").post("users/me/api-tokens", "{\"name\":\"\"}").status());
  }

  @Test
  void aBasicSignInKeepsTheCallerWithTheirRolesInTheSessionAndATokenKeepsNoSession()
      throws Exception {
    String adminSession = sessionOf(send("users/me", basic("admin"), null));
    String sophieSession = sessionOf(send("users/me", basic("sophie"), null));

    HttpResponse<String> asAdmin = send("webhooks", null, adminSession);
    assertEquals(200, asAdmin.statusCode(), asAdmin.body());
    HttpResponse<String> asSophie = send("webhooks", null, sophieSession);
    assertEquals(403, asSophie.statusCode(), "Sophie's session is not an admin's");
    assertTrue(send("users/me", null, sophieSession).body().contains("\"login\":\"sophie\""));
    assertEquals(401, send("users/me", null, "JSESSIONID=planted").statusCode());

    String token =
        as("sophie")
            .post("users/me/api-tokens", "{\"name\":\"No session\"}")
            .json()
            .getString("token");
    HttpResponse<String> byToken = send("users/me", "Bearer " + token, null);
    assertEquals(200, byToken.statusCode(), byToken.body());
    assertTrue(byToken.headers().allValues("Set-Cookie").isEmpty(), "a token starts no session");
  }

  private HttpResponse<String> send(String path, String authorization, String cookie)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
            URI.create(deployment.toString().replaceAll("/+$", "") + "/api/v1/" + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String login) {
    return "Basic "
        + Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  /** The session cookie the answer sets, as a {@code Cookie} header sends it back. */
  private static String sessionOf(HttpResponse<String> signedIn) {
    assertEquals(200, signedIn.statusCode(), signedIn.body());
    return signedIn.headers().allValues("Set-Cookie").stream()
        .filter(cookie -> cookie.startsWith("JSESSIONID="))
        .map(
            cookie ->
                cookie.substring(
                    0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie"));
  }

  /** The document's path that ends as the API's own does, whatever prefix it is served under. */
  private static String path(OpenAPI api, String ending) {
    return api.getPaths().keySet().stream()
        .filter(path -> path.endsWith("/api/v1" + ending) || path.equals(ending))
        .findFirst()
        .orElseThrow(() -> new AssertionError(ending + " not in " + api.getPaths().keySet()));
  }

  private static Schema<?> resolve(OpenAPI api, Schema<?> schema) {
    if (schema.get$ref() == null) {
      return schema;
    }
    String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    return schemas.get(name);
  }

  /** A call as admin by HTTP Basic; a JSON object answer, or the body as {@code body}. */
  private JsonObject call(String method, String url, String json, int expected) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(expected, response.statusCode(), method + " " + url + ": " + response.body());
    String body = response.body();
    return body.startsWith("{")
        ? Json.createReader(new StringReader(body)).readObject()
        : Json.createObjectBuilder().add("body", body).build();
  }
}
