package org.tessera.crm.api.stage;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.tessera.crm.api.stage.StageRequests.StageEdit;
import org.tessera.crm.stage.boundary.Stages;

@Path("stages")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StagesResource {

  @EJB Stages stages;

  @GET
  @Path("{id}")
  public StageView get(@PathParam("id") long id) {
    return StageView.of(stages.find(id));
  }

  @PUT
  @Path("{id}")
  public StageView edit(@PathParam("id") long id, @NotNull @Valid StageEdit edit) {
    if (edit.name() != null) {
      stages.rename(id, edit.name());
    }
    if (edit.color() != null) {
      stages.recolor(id, edit.color());
    }
    return StageView.of(stages.find(id));
  }

  /** Deletes a stage; items still in it move to {@code moveItemsTo}, which is then required. */
  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") long id, @QueryParam("moveItemsTo") Long moveItemsTo) {
    stages.delete(id, moveItemsTo);
  }
}
