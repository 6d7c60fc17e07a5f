package org.tessera.crm.api.relation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.tessera.crm.api.item.ItemView;
import org.tessera.crm.field.boundary.FieldValues;
import org.tessera.crm.item.boundary.Items;
import org.tessera.crm.item.boundary.NewItem;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.relation.boundary.Conversions;
import org.tessera.crm.relation.boundary.ItemDraft;

/**
 * Items created from one item: the types it may become, the prefilled item of one of them for
 * review, and creating it (what the request leaves out comes from the prefilled item).
 */
@Path("items/{id}/conversions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemConversionsResource {

  /** A type the item may become. */
  public record Target(String type, String name) {}

  @EJB Conversions conversions;
  @EJB Items items;
  @EJB FieldValues fieldValues;

  @GET
  public List<Target> targets(@PathParam("id") long itemId) {
    String type = items.find(itemId).getItemType().getCode();
    return conversions.from(type).stream()
        .map(c -> new Target(c.getTargetType().getCode(), c.getTargetType().getName()))
        .toList();
  }

  @GET
  @Path("prefilled/{type}")
  public NewItem prefilled(@PathParam("id") long itemId, @PathParam("type") String targetType) {
    return conversions.prefill(itemId, targetType);
  }

  @POST
  public Response create(
      @PathParam("id") long itemId, @NotNull @Valid ItemDraft draft, @Context UriInfo uri) {
    Item created = conversions.createFrom(itemId, draft);
    return Response.created(
            uri.getBaseUriBuilder().path("items").path(String.valueOf(created.getId())).build())
        .entity(ItemView.of(created, fieldValues.of(created)))
        .build();
  }
}
