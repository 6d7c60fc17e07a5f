package org.tessera.crm.communication.control;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;

/**
 * A gateway reached by an HTTP POST of {@code {"channel":"sms","to":"+49...","text":"..."}}; any
 * 2xx answer is delivery, and its JSON field {@code id}, where there is one, the provider's id.
 */
public final class HttpMessageGateway implements MessageGateway {

  private static final System.Logger LOG = System.getLogger(HttpMessageGateway.class.getName());
  private static final int ANSWER_SHOWN = 200;

  private final GatewaySettings settings;
  private final HttpClient client;
  private final JsonProvider json = JsonProvider.provider();

  public HttpMessageGateway(GatewaySettings settings) {
    this.settings = settings;
    this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
  }

  @Override
  public String send(OutgoingMessage message) {
    URI uri = settings.uriFor(message);
    // The query may carry the text or a key, so errors name the server only.
    String gateway = "message gateway at " + uri.getScheme() + "://" + uri.getAuthority();
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.timeout())
            .header("Authorization", "Bearer " + settings.token())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body(message), StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new GatewayFailed(
          "The " + gateway + " did not answer within " + settings.timeout().toMillis() + " ms", e);
    } catch (IOException e) {
      throw new GatewayFailed("Cannot reach the " + gateway + reason(e, uri), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GatewayFailed("Interrupted while sending to the " + gateway, e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new GatewayFailed(
          "The " + gateway + " answered HTTP " + response.statusCode() + excerpt(response.body()));
    }
    String id = idIn(response.body());
    LOG.log(
        System.Logger.Level.DEBUG,
        "Sent {0} message {1} through the {2}",
        message.channel(),
        id,
        gateway);
    return id;
  }

  private String body(OutgoingMessage message) {
    return json.createObjectBuilder()
        .add("channel", message.channel().code())
        .add("to", message.to())
        .add("text", message.text())
        .build()
        .toString();
  }

  private String idIn(String answer) {
    try (JsonReader reader = json.createReader(new StringReader(answer))) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject object && object.containsKey("id")) {
        JsonValue id = object.get("id");
        return switch (id.getValueType()) {
          case STRING -> object.getString("id");
          case NUMBER -> id.toString();
          default -> "";
        };
      }
      return "";
    } catch (JsonException e) {
      // Delivered all the same: some gateways answer plain text, and then give no id.
      return "";
    }
  }

  /** The JDK's HTTP client wraps the cause in exceptions without a message, or gives none. */
  private static String reason(IOException e, URI uri) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnresolvedAddressException) {
        return ": unknown host " + uri.getHost();
      }
      if (cause.getMessage() != null) {
        return ": " + cause.getMessage();
      }
    }
    return " (" + e.getClass().getSimpleName() + ")";
  }

  private static String excerpt(String answer) {
    String oneLine = answer.strip().replaceAll("\\s+", " ");
    if (oneLine.isEmpty()) {
      return " with an empty body";
    }
    return ": "
        + (oneLine.length() <= ANSWER_SHOWN ? oneLine : oneLine.substring(0, ANSWER_SHOWN) + "…");
  }
}
