package org.tessera.crm.api.webhook;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tessera.crm.api.shared.PageView;
import org.tessera.crm.item.boundary.ItemEvent;
import org.tessera.crm.shared.entity.PageRequest;
import org.tessera.crm.webhook.boundary.Webhooks;
import org.tessera.crm.webhook.entity.DeliveryStatus;
import org.tessera.crm.webhook.entity.Webhook;
import org.tessera.crm.webhook.entity.WebhookDelivery;

/**
 * Outgoing webhooks (admins): URLs told of item events by a signed POST, and their delivery log.
 */
@Path("webhooks")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhooksResource {

  /**
   * @param secret the key of the signatures: only in the answer that registered the webhook
   */
  public record WebhookView(
      long id, String url, Set<ItemEvent.Kind> events, OffsetDateTime createdAt, String secret) {
    static WebhookView of(Webhook hook, boolean withSecret) {
      return new WebhookView(
          hook.getId(),
          hook.getUrl(),
          hook.getEvents(),
          hook.getCreatedAt(),
          withSecret ? hook.getSecret() : null);
    }
  }

  public record DeliveryView(
      long id,
      String event,
      DeliveryStatus status,
      int attempts,
      Integer lastStatusCode,
      String lastError,
      OffsetDateTime createdAt,
      OffsetDateTime nextAttemptAt,
      OffsetDateTime deliveredAt,
      String payload) {
    static DeliveryView of(WebhookDelivery delivery) {
      return new DeliveryView(
          delivery.getId(),
          delivery.getEvent(),
          delivery.getStatus(),
          delivery.getAttempts(),
          delivery.getLastStatusCode(),
          delivery.getLastError(),
          delivery.getCreatedAt(),
          delivery.getNextAttemptAt(),
          delivery.getDeliveredAt(),
          delivery.getPayload());
    }
  }

  @Schema(
      example =
          "{\"url\": \"https://hooks.example.com/crm\", \"events\": [\"STAGE_CHANGED\","
              + " \"ITEM_CREATED\"]}")
  public record NewWebhook(
      @NotBlank @Size(max = Webhook.MOST_URL) String url,
      @NotEmpty Set<ItemEvent.@NotNull Kind> events) {}

  public record Attempted(int attempted) {}

  @EJB Webhooks webhooks;

  @GET
  public List<WebhookView> all() {
    return webhooks.all().stream().map(hook -> WebhookView.of(hook, false)).toList();
  }

  @POST
  public Response register(@NotNull @Valid NewWebhook request) {
    return Response.status(Response.Status.CREATED)
        .entity(WebhookView.of(webhooks.register(request.url(), request.events()), true))
        .build();
  }

  @DELETE
  @Path("{id}")
  public void remove(@PathParam("id") long id) {
    webhooks.remove(id);
  }

  @GET
  @Path("{id}/deliveries")
  public PageView<DeliveryView> deliveries(
      @PathParam("id") long id,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return PageView.of(webhooks.deliveries(id, new PageRequest(page, size)), DeliveryView::of);
  }

  /** Sends the due deliveries now rather than at the next tick of the clock (five seconds). */
  @POST
  @Path("deliveries/due")
  public Attempted deliverDue() {
    return new Attempted(webhooks.deliverDueNow());
  }
}
