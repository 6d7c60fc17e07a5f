package org.tessera.crm.api.activity;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.tessera.crm.activity.boundary.Activities;
import org.tessera.crm.activity.boundary.NewActivity;

/** The activities of one item, soonest first, and new ones planned on it. */
@Path("items/{id}/activities")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemActivitiesResource {

  @EJB Activities activities;

  @GET
  public List<ActivityView> of(@PathParam("id") long itemId) {
    return activities.ofItem(itemId).stream().map(ActivityView::of).toList();
  }

  @POST
  public Response plan(@PathParam("id") long itemId, @NotNull @Valid NewActivity activity) {
    return Response.status(Response.Status.CREATED)
        .entity(ActivityView.of(activities.plan(itemId, activity)))
        .build();
  }
}
