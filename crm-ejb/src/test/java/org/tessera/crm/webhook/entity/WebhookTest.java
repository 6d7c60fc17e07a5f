package org.tessera.crm.webhook.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tessera.crm.item.boundary.ItemEvent.Kind;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

class WebhookTest {

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-04T10:00:00Z");
  private static final Duration FIRST_RETRY = Duration.ofSeconds(30);

  @Test
  void theSignatureIsTheHexHmacSha256OfTheBody() {
    assertEquals(
        "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
        Signature.of("key", "The quick brown fox jumps over the lazy dog"));
  }

  @Test
  void aWebhookListensToItsEventsAndHasASecretOfItsOwn() {
    Webhook hook = new Webhook("https://hooks.example.com/crm", Set.of(Kind.STAGE_CHANGED), NOW);

    assertTrue(hook.listensTo(Kind.STAGE_CHANGED));
    assertFalse(hook.listensTo(Kind.COMMENT_ADDED));
    assertEquals(64, hook.getSecret().length());
    assertFalse(
        hook.getSecret()
            .equals(new Webhook("https://a.example", Set.of(Kind.ITEM_CREATED), NOW).getSecret()));
  }

  @Test
  void onlyAbsoluteHttpUrlsAndSomeEventsAreTaken() {
    for (String url : new String[] {"ftp://example.com/x", "/relative", "not a url", "http://"}) {
      BusinessRuleViolation refused =
          assertThrows(
              BusinessRuleViolation.class,
              () -> new Webhook(url, Set.of(Kind.ITEM_CREATED), NOW),
              url);
      assertEquals("webhook.url-invalid", refused.rule());
    }
    assertEquals(
        "webhook.no-events",
        assertThrows(
                BusinessRuleViolation.class, () -> new Webhook("https://a.example", Set.of(), NOW))
            .rule());
  }

  @Test
  void failedAttemptsAreRetriedTwiceAsLateEachTimeUntilTheLast() {
    Webhook hook = new Webhook("https://a.example", Set.of(Kind.ITEM_CREATED), NOW);
    WebhookDelivery delivery = new WebhookDelivery(hook, "ITEM_CREATED", "{}", NOW);

    delivery.failed(500, "The receiver answered 500", NOW, FIRST_RETRY, 3);
    assertEquals(NOW.plusSeconds(30), delivery.getNextAttemptAt());
    delivery.failed(null, "No answer", NOW, FIRST_RETRY, 3);
    assertEquals(NOW.plusSeconds(60), delivery.getNextAttemptAt());
    assertEquals(DeliveryStatus.PENDING, delivery.getStatus());

    delivery.failed(503, "The receiver answered 503", NOW, FIRST_RETRY, 3);
    assertEquals(DeliveryStatus.FAILED, delivery.getStatus(), "given up after the last attempt");
    assertEquals(3, delivery.getAttempts());
    assertEquals(503, delivery.getLastStatusCode());
  }

  @Test
  void aDeliveryTakenByTheReceiverIsDone() {
    Webhook hook = new Webhook("https://a.example", Set.of(Kind.ITEM_CREATED), NOW);
    WebhookDelivery delivery = new WebhookDelivery(hook, "ITEM_CREATED", "{}", NOW);

    delivery.failed(500, "The receiver answered 500", NOW, FIRST_RETRY, 6);
    delivery.delivered(204, NOW.plusSeconds(31));

    assertEquals(DeliveryStatus.DELIVERED, delivery.getStatus());
    assertEquals(2, delivery.getAttempts());
    assertEquals(NOW.plusSeconds(31), delivery.getDeliveredAt());
  }
}
