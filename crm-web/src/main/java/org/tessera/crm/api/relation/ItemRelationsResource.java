package org.tessera.crm.api.relation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.tessera.crm.relation.boundary.Relations;

/** The items linked to one item (its Dependencies tab), and links users add or remove. */
@Path("items/{id}/relations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemRelationsResource {

  /** The item to link to. */
  public record NewLink(@NotNull Long itemId) {}

  @EJB Relations relations;

  @GET
  public List<RelationView> of(@PathParam("id") long itemId) {
    return relations.of(itemId).stream().map(r -> RelationView.of(r, itemId)).toList();
  }

  @POST
  public Response link(@PathParam("id") long itemId, @NotNull @Valid NewLink link) {
    return Response.status(Response.Status.CREATED)
        .entity(RelationView.of(relations.link(itemId, link.itemId()), itemId))
        .build();
  }

  @DELETE
  @Path("{other}")
  public void unlink(@PathParam("id") long itemId, @PathParam("other") long otherId) {
    relations.unlink(itemId, otherId);
  }
}
