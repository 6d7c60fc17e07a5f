package org.tessera.crm.view.settings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tessera.crm.item.boundary.ItemEvent;
import org.tessera.crm.shared.entity.PageRequest;
import org.tessera.crm.view.Messages;
import org.tessera.crm.webhook.boundary.Webhooks;
import org.tessera.crm.webhook.entity.Webhook;
import org.tessera.crm.webhook.entity.WebhookDelivery;

/**
 * The webhooks page: register a URL for chosen item events (its secret is shown once), remove one,
 * and read the newest deliveries of each.
 */
@Named
@ViewScoped
public class WebhooksBacking implements Serializable {

  private static final int DELIVERIES_SHOWN = 20;

  /** A webhook as the page lists it. */
  public record Row(long id, String url, String events) implements Serializable {}

  /** A delivery as the log shows it. */
  public record DeliveryRow(
      long id,
      String event,
      String status,
      int attempts,
      Integer lastStatusCode,
      String lastError,
      OffsetDateTime createdAt)
      implements Serializable {}

  @Inject Webhooks webhooks;

  private List<Row> rows = List.of();
  private String url;
  private List<String> events =
      new ArrayList<>(Stream.of(ItemEvent.Kind.values()).map(Enum::name).toList());
  private String newSecret;
  private Long shownId;
  private List<DeliveryRow> deliveries = List.of();

  @PostConstruct
  void read() {
    rows =
        webhooks.all().stream()
            .map(
                hook ->
                    new Row(
                        hook.getId(),
                        hook.getUrl(),
                        String.join(", ", hook.getEvents().stream().map(Enum::name).toList())))
            .toList();
  }

  public void register() {
    Webhook hook =
        webhooks.register(
            url,
            events.stream()
                .map(ItemEvent.Kind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ItemEvent.Kind.class))));
    newSecret = hook.getSecret();
    url = null;
    read();
    Messages.info("webhooks.registered");
  }

  public void remove(Row row) {
    webhooks.remove(row.id());
    if (Long.valueOf(row.id()).equals(shownId)) {
      shownId = null;
      deliveries = List.of();
    }
    newSecret = null;
    read();
    Messages.info("webhooks.removed");
  }

  public void show(Row row) {
    shownId = row.id();
    deliveries =
        webhooks.deliveries(row.id(), new PageRequest(0, DELIVERIES_SHOWN)).content().stream()
            .map(WebhooksBacking::deliveryRow)
            .toList();
  }

  private static DeliveryRow deliveryRow(WebhookDelivery delivery) {
    return new DeliveryRow(
        delivery.getId(),
        delivery.getEvent(),
        delivery.getStatus().name(),
        delivery.getAttempts(),
        delivery.getLastStatusCode(),
        delivery.getLastError(),
        delivery.getCreatedAt());
  }

  public ItemEvent.Kind[] getKinds() {
    return ItemEvent.Kind.values();
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public List<String> getEvents() {
    return events;
  }

  public void setEvents(List<String> events) {
    this.events = events;
  }

  public String getNewSecret() {
    return newSecret;
  }

  public Long getShownId() {
    return shownId;
  }

  public List<DeliveryRow> getDeliveries() {
    return deliveries;
  }
}
