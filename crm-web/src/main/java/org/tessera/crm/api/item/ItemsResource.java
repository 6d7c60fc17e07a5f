package org.tessera.crm.api.item;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.tessera.crm.api.shared.PageView;
import org.tessera.crm.field.boundary.FieldValues;
import org.tessera.crm.item.boundary.ItemFilter;
import org.tessera.crm.item.boundary.Items;
import org.tessera.crm.item.boundary.NewItem;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.shared.entity.Limits;
import org.tessera.crm.shared.entity.PageOf;
import org.tessera.crm.shared.entity.PageRequest;

@Path("items")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemsResource {

  @EJB Items items;
  @EJB FieldValues fieldValues;

  @GET
  public PageView<ItemView> list(
      @QueryParam("type") @NotNull @Pattern(regexp = Limits.CODE_PATTERN) String type,
      @QueryParam("pipeline") Long pipelineId,
      @QueryParam("stage") Long stageId,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    PageOf<Item> found =
        items.list(new ItemFilter(type, pipelineId, stageId), new PageRequest(page, size));
    Map<Long, Map<String, Object>> fields = fieldValues.of(found.content());
    return PageView.of(found, item -> ItemView.of(item, fields.get(item.getId())));
  }

  @GET
  @Path("{id}")
  @Transactional
  public ItemView get(@PathParam("id") long id) {
    return view(items.find(id));
  }

  @POST
  public Response create(@NotNull @Valid NewItem request, @Context UriInfo uri) {
    Item item = items.create(request);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(item.getId())).build())
        .entity(view(item))
        .build();
  }

  @PUT
  @Path("{id}")
  public ItemView update(@PathParam("id") long id, @NotNull @Valid ItemUpdate update) {
    return view(items.update(id, update.version(), update.changes()));
  }

  @PUT
  @Path("{id}/stage")
  @Transactional
  public ItemView move(@PathParam("id") long id, @NotNull @Valid StageMove move) {
    return view(items.moveToStage(id, move.version(), move.stageId()));
  }

  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") long id, @QueryParam("version") @NotNull Long version) {
    items.delete(id, version);
  }

  /**
   * The item as the API shows it. Methods that end here run in one transaction
   * ({@code @Transactional}), so that reading the field values does not start another one.
   */
  private ItemView view(Item item) {
    return ItemView.of(item, fieldValues.of(item));
  }
}
