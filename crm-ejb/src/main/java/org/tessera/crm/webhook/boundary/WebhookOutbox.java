package org.tessera.crm.webhook.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.tessera.crm.item.boundary.ItemEvent;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.shared.boundary.SettingsCache;
import org.tessera.crm.webhook.entity.Webhook;
import org.tessera.crm.webhook.entity.WebhookDelivery;

/**
 * Writes a delivery for every webhook that listens to an item event, in the transaction of the
 * action: what is rolled back is never sent, what is kept is sent later by {@link WebhookClock}.
 * Item events are fired by the item services inside their transactions. A CDI bean, not a session
 * bean: Weld would build a new EJB reference, JNDI lookup included, for every event it delivers to
 * a session bean (a twentieth of a stage move).
 */
@ApplicationScoped
public class WebhookOutbox {

  @PersistenceContext EntityManager em;
  @Inject SettingsCache settings;

  public void enqueue(@Observes ItemEvent event) {
    List<Webhook> listening =
        settings
            .get(
                "webhooks",
                em,
                reader ->
                    List.copyOf(
                        reader.createNamedQuery(Webhook.ALL, Webhook.class).getResultList()))
            .stream()
            .filter(hook -> hook.listensTo(event.kind()))
            .toList();
    if (listening.isEmpty()) {
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String payload = payload(event, now);
    for (Webhook hook : listening) {
      em.persist(
          new WebhookDelivery(
              em.getReference(Webhook.class, hook.getId()), event.kind().name(), payload, now));
    }
  }

  static String payload(ItemEvent event, OffsetDateTime now) {
    Item item = event.item();
    JsonObjectBuilder details = Json.createObjectBuilder();
    event.details().forEach((name, value) -> add(details, name, value));
    JsonObjectBuilder shown =
        Json.createObjectBuilder()
            .add("id", item.getId())
            .add("type", item.getItemType().getCode())
            .add("title", item.getTitle());
    add(shown, "pipelineId", item.getPipeline() == null ? null : item.getPipeline().getId());
    add(shown, "stageId", item.getStage() == null ? null : item.getStage().getId());
    add(shown, "stageName", item.getStage() == null ? null : item.getStage().getName());
    add(shown, "amount", item.getAmount());
    add(shown, "currency", item.getCurrency());
    add(
        shown,
        "responsibleId",
        item.getResponsible() == null ? null : item.getResponsible().getId());
    String json =
        Json.createObjectBuilder()
            .add("event", event.kind().name())
            .add("occurredAt", now.toString())
            .add("item", shown)
            .add("details", details)
            .build()
            .toString();
    return json.length() <= WebhookDelivery.MOST_PAYLOAD ? json : cutDetails(event, now);
  }

  /** A payload too long for the log loses its details, which are the long part (comments). */
  private static String cutDetails(ItemEvent event, OffsetDateTime now) {
    return payload(new ItemEvent(event.kind(), event.item(), Map.of("cut", true)), now);
  }

  private static void add(JsonObjectBuilder json, String name, Object value) {
    if (value == null) {
      json.addNull(name);
    } else if (value instanceof Long number) {
      json.add(name, number);
    } else if (value instanceof Integer number) {
      json.add(name, number);
    } else if (value instanceof BigDecimal number) {
      json.add(name, number);
    } else if (value instanceof Boolean flag) {
      json.add(name, flag);
    } else {
      json.add(name, value.toString());
    }
  }
}
