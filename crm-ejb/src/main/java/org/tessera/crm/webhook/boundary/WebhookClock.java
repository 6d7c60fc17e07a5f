package org.tessera.crm.webhook.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tessera.crm.webhook.boundary.WebhookDeliveries.Attempt;
import org.tessera.crm.webhook.entity.Signature;

/**
 * Sends the due webhook deliveries every five seconds on every instance, outside any transaction: a
 * slow or dead receiver costs this clock time, never a user's action.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookClock {

  @EJB WebhookDeliveries deliveries;

  @Inject
  @ConfigProperty(name = "crm.webhooks.timeout-ms", defaultValue = "5000")
  long timeoutMillis;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  void tick() {
    deliverDue();
  }

  /** Attempts every due delivery once; returns how many were attempted. */
  public int deliverDue() {
    int attempted = 0;
    for (Attempt attempt : deliveries.claimDue()) {
      send(attempt);
      attempted++;
    }
    return attempted;
  }

  private void send(Attempt attempt) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(attempt.url()))
            .timeout(Duration.ofMillis(timeoutMillis))
            .header("Content-Type", "application/json")
            .header("X-Tessera-Event", attempt.event())
            .header("X-Tessera-Delivery", String.valueOf(attempt.id()))
            .header(Signature.HEADER, Signature.of(attempt.secret(), attempt.payload()))
            .POST(HttpRequest.BodyPublishers.ofString(attempt.payload()))
            .build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      deliveries.record(
          attempt.id(), status, status / 100 == 2 ? null : "The receiver answered " + status);
    } catch (IOException | IllegalArgumentException unreachable) {
      deliveries.record(attempt.id(), null, "No answer: " + unreachable);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      deliveries.record(attempt.id(), null, "Interrupted");
    }
  }
}
