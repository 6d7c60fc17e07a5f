package org.tessera.crm.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One event to deliver to one webhook, and how its attempts went: the delivery log. Attempts are
 * spaced out twice as long each time, until the last one.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(
    name = WebhookDelivery.DUE,
    query =
        "select d.id from WebhookDelivery d where d.status = :pending and d.nextAttemptAt <= :now"
            + " order by d.nextAttemptAt")
@NamedQuery(
    name = WebhookDelivery.CLAIM,
    query =
        "update WebhookDelivery d set d.nextAttemptAt = :lease where d.id = :id"
            + " and d.status = :pending and d.nextAttemptAt <= :now")
@NamedQuery(
    name = WebhookDelivery.OF_HOOK,
    query = "select d from WebhookDelivery d where d.webhook.id = :hook order by d.id desc")
@NamedQuery(
    name = WebhookDelivery.COUNT_OF_HOOK,
    query = "select count(d) from WebhookDelivery d where d.webhook.id = :hook")
public class WebhookDelivery {

  public static final String DUE = "WebhookDelivery.due";
  public static final String CLAIM = "WebhookDelivery.claim";
  public static final String OF_HOOK = "WebhookDelivery.ofHook";
  public static final String COUNT_OF_HOOK = "WebhookDelivery.countOfHook";
  public static final int MOST_PAYLOAD = 8000;

  @Id
  @SequenceGenerator(
      name = "webhook_delivery_seq",
      sequenceName = "webhook_seq",
      allocationSize = 50)
  @GeneratedValue(generator = "webhook_delivery_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "webhook_id")
  private Webhook webhook;

  private String event;
  private String payload;

  @Enumerated(EnumType.STRING)
  private DeliveryStatus status = DeliveryStatus.PENDING;

  private int attempts;

  @Column(name = "next_attempt_at")
  private OffsetDateTime nextAttemptAt;

  @Column(name = "last_status_code")
  private Integer lastStatusCode;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "delivered_at")
  private OffsetDateTime deliveredAt;

  protected WebhookDelivery() {}

  public WebhookDelivery(Webhook webhook, String event, String payload, OffsetDateTime now) {
    this.webhook = webhook;
    this.event = event;
    this.payload = payload;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /** The receiver answered 2xx. */
  public void delivered(int statusCode, OffsetDateTime now) {
    attempts++;
    lastStatusCode = statusCode;
    lastError = null;
    status = DeliveryStatus.DELIVERED;
    deliveredAt = now;
  }

  /**
   * The attempt failed (another status, or no answer): try again after {@code firstRetry} doubled
   * for each earlier attempt, or give up after {@code mostAttempts}.
   */
  public void failed(
      Integer statusCode, String error, OffsetDateTime now, Duration firstRetry, int mostAttempts) {
    attempts++;
    lastStatusCode = statusCode;
    lastError = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    if (attempts >= mostAttempts) {
      status = DeliveryStatus.FAILED;
    } else {
      nextAttemptAt = now.plus(firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20)));
    }
  }

  public Long getId() {
    return id;
  }

  public Webhook getWebhook() {
    return webhook;
  }

  public String getEvent() {
    return event;
  }

  public String getPayload() {
    return payload;
  }

  public DeliveryStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public OffsetDateTime getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Integer getLastStatusCode() {
    return lastStatusCode;
  }

  public String getLastError() {
    return lastError;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getDeliveredAt() {
    return deliveredAt;
  }
}
