package org.tessera.crm.communication.control;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Where and how to reach an HTTP message gateway. The URL template may hold {@code {channel}},
 * {@code {to}} and {@code {text}}, which are URL-encoded where they stand; the token goes out as a
 * bearer token; a request that takes longer than the timeout fails.
 */
public record GatewaySettings(String urlTemplate, String token, Duration timeout) {

  private static final Set<String> WEB = Set.of("http", "https");

  public GatewaySettings {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("The message gateway needs a token");
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("The message gateway needs a positive timeout");
    }
    URI example = expand(Objects.requireNonNull(urlTemplate, "urlTemplate"), "sms", "1", "x");
    if (!WEB.contains(example.getScheme()) || example.getHost() == null) {
      throw new IllegalArgumentException("Not an http(s) URL template: " + urlTemplate);
    }
  }

  URI uriFor(OutgoingMessage message) {
    return expand(urlTemplate, message.channel().code(), message.to(), message.text());
  }

  private static URI expand(String template, String channel, String to, String text) {
    return URI.create(
        template
            .replace("{channel}", encoded(channel))
            .replace("{to}", encoded(to))
            .replace("{text}", encoded(text)));
  }

  /** {@code %20} rather than {@code +} for a space, which is right in a path as in a query. */
  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Keeps the token out of logs. */
  @Override
  public String toString() {
    return "GatewaySettings[" + urlTemplate + ", timeout " + timeout + "]";
  }
}
