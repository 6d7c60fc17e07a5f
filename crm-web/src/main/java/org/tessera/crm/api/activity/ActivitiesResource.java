package org.tessera.crm.api.activity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.tessera.crm.activity.boundary.Activities;
import org.tessera.crm.activity.entity.Activity;
import org.tessera.crm.activity.entity.ActivityStatus;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

/** One activity: read it, mark it done or cancelled. */
@Path("activities/{id}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivitiesResource {

  /** The status to set and the version the client read. */
  public record StatusChange(@NotNull ActivityStatus status, @NotNull Long version) {}

  @EJB Activities activities;

  @GET
  public ActivityView get(@PathParam("id") long activityId) {
    return ActivityView.of(activities.find(activityId));
  }

  @PUT
  @Path("status")
  public ActivityView change(
      @PathParam("id") long activityId, @NotNull @Valid StatusChange change) {
    Activity changed =
        switch (change.status()) {
          case DONE -> activities.complete(activityId, change.version());
          case CANCELLED -> activities.cancel(activityId, change.version());
          case PLANNED ->
              throw new BusinessRuleViolation(
                  "activity.not-replannable", "A done or cancelled activity stays so");
        };
    return ActivityView.of(changed);
  }
}
