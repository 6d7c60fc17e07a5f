package org.tessera.crm.api.itemtype;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.shared.entity.Limits;

@Path("item-types")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemTypesResource {

  /** A custom type ("smart process"): stages and an amount are the admin's choice. */
  public record NewItemType(
      @NotNull @Pattern(regexp = Limits.CODE_PATTERN) String code,
      @NotBlank @Size(max = Limits.NAME) String name,
      boolean hasStages,
      boolean hasAmount) {}

  @EJB ItemTypes itemTypes;

  /** All types; there are few, so they come in one piece. */
  @GET
  public List<ItemTypeView> list() {
    return itemTypes.all().stream().map(ItemTypeView::of).toList();
  }

  @GET
  @Path("{code}")
  public ItemTypeView get(@PathParam("code") String code) {
    return ItemTypeView.of(itemTypes.byCode(code));
  }

  @POST
  public Response create(@NotNull @Valid NewItemType request, @Context UriInfo uri) {
    ItemType type =
        itemTypes.createCustom(
            request.code(), request.name(), request.hasStages(), request.hasAmount());
    return Response.created(uri.getAbsolutePathBuilder().path(type.getCode()).build())
        .entity(ItemTypeView.of(type))
        .build();
  }
}
