package org.tessera.crm.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** A REST client of the CRM API signed in as one demo user, as an outside client would use it. */
public final class Api {

  public static final String DEMO_PASSWORD = "demo";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI root;
  private final URI base;
  private final String authorization;

  private Api(URL deployment, String authorization) {
    this.root = URI.create(deployment.toString().replaceAll("/+$", "") + "/");
    this.base = root.resolve("api/v1/");
    this.authorization = authorization;
  }

  public static Api as(URL deployment, String login) {
    return withPassword(deployment, login, DEMO_PASSWORD);
  }

  public static Api withPassword(URL deployment, String login, String password) {
    return new Api(
        deployment,
        "Basic "
            + Base64.getEncoder()
                .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  /** A client that signs in with a personal API token. */
  public static Api withToken(URL deployment, String token) {
    return new Api(deployment, "Bearer " + token);
  }

  public static Api anonymous(URL deployment) {
    return new Api(deployment, null);
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  /** A page of the application (its path from the application root), as HTML. */
  public Reply page(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path)).GET();
    return send(authorization == null ? request : request.header("Authorization", authorization));
  }

  public Reply post(String path, String json) {
    return send(request(path).POST(BodyPublishers.ofString(json)));
  }

  /** Sends raw content, as a file upload does. */
  public Reply post(String path, String contentType, byte[] content) {
    return send(
        request(path)
            .setHeader("Content-Type", contentType)
            .POST(BodyPublishers.ofByteArray(content)));
  }

  /** The body of a download, as bytes; fails the test unless it answers 200. */
  public byte[] download(String path) {
    try {
      var response = http.send(request(path).GET().build(), BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("download of " + path + ": " + response.statusCode());
      }
      return response.body();
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException("call failed: " + path, e);
    }
  }

  public Reply put(String path, String json) {
    return send(request(path).PUT(BodyPublishers.ofString(json)));
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  /**
   * Creates a custom item type with a fresh code (starting with the prefix) and returns the code.
   */
  public String newItemType(String prefix, String name, boolean hasStages, boolean hasAmount) {
    String code = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Reply created =
        post(
            "item-types",
            "{\"code\":\""
                + code
                + "\",\"name\":\""
                + name
                + "\",\"hasStages\":"
                + hasStages
                + ",\"hasAmount\":"
                + hasAmount
                + "}");
    if (created.status() != 201) {
      throw new IllegalStateException("could not create item type " + code + ": " + created);
    }
    return code;
  }

  /** The id of the type's first pipeline, e.g. the one a new custom type with stages gets. */
  public long firstPipelineOf(String type) {
    return get("pipelines?type=" + type)
        .json()
        .getJsonArray("content")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  /**
   * Creates a custom field of the type, labelled by its code, with more JSON properties (e.g.
   * {@code ,"multiple":true}), and returns its id.
   */
  public long newField(String type, String code, String dataType, String more) {
    Reply created =
        post(
            "fields",
            "{\"type\":\""
                + type
                + "\",\"code\":\""
                + code
                + "\",\"dataType\":\""
                + dataType
                + "\",\"labelEn\":\""
                + code
                + "\""
                + more
                + "}");
    if (created.status() != 201) {
      throw new IllegalStateException("could not create field " + code + ": " + created);
    }
    return created.json().getJsonNumber("id").longValue();
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
    return authorization == null ? builder : builder.header("Authorization", authorization);
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      var response = http.send(request.build(), BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Location").orElse(null),
          response.body());
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException("call failed: " + request.build().uri(), e);
    }
  }

  /** The answer to one call. */
  public record Reply(int status, String contentType, String location, String body) {

    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonArray array() {
      return (JsonArray) parse();
    }

    private JsonStructure parse() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
