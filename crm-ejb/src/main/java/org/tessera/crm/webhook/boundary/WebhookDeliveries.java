package org.tessera.crm.webhook.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tessera.crm.webhook.entity.DeliveryStatus;
import org.tessera.crm.webhook.entity.WebhookDelivery;

/**
 * The database side of sending: due deliveries are claimed (leased, so that another instance or run
 * leaves them alone) and their outcome recorded, each in a short transaction of its own; the HTTP
 * call in between holds none.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookDeliveries {

  private static final int MOST_PER_RUN = 100;
  private static final Duration LEASE = Duration.ofMinutes(2);

  /** One delivery to attempt now. */
  public record Attempt(long id, String url, String secret, String event, String payload) {}

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "crm.webhooks.first-retry-seconds", defaultValue = "30")
  long firstRetrySeconds;

  @Inject
  @ConfigProperty(name = "crm.webhooks.max-attempts", defaultValue = "6")
  int maxAttempts;

  public List<Attempt> claimDue() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    List<Attempt> claimed = new ArrayList<>();
    for (Long id :
        em.createNamedQuery(WebhookDelivery.DUE, Long.class)
            .setParameter("pending", DeliveryStatus.PENDING)
            .setParameter("now", now)
            .setMaxResults(MOST_PER_RUN)
            .getResultList()) {
      int taken =
          em.createNamedQuery(WebhookDelivery.CLAIM)
              .setParameter("id", id)
              .setParameter("pending", DeliveryStatus.PENDING)
              .setParameter("now", now)
              .setParameter("lease", now.plus(LEASE))
              .executeUpdate();
      if (taken == 1) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        claimed.add(
            new Attempt(
                id,
                delivery.getWebhook().getUrl(),
                delivery.getWebhook().getSecret(),
                delivery.getEvent(),
                delivery.getPayload()));
      }
    }
    return claimed;
  }

  /**
   * @param statusCode the receiver's answer, or null when there was none
   * @param error why there was no 2xx answer, or null
   */
  public void record(long deliveryId, Integer statusCode, String error) {
    WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
    if (delivery == null) {
      return; // its webhook was removed meanwhile
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    if (statusCode != null && statusCode / 100 == 2) {
      delivery.delivered(statusCode, now);
    } else {
      delivery.failed(statusCode, error, now, Duration.ofSeconds(firstRetrySeconds), maxAttempts);
    }
  }
}
