package org.tessera.crm.api.form;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.tessera.crm.form.boundary.FormViews;

/** The card form a user gets per item type, and the views of a type an admin manages. */
@Path("forms/{type}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FormsResource {

  public record Choice(@NotNull Long viewId) {}

  public record ForEveryone(boolean forEveryone) {}

  public record NamedView(String name, Set<Long> userIds, Set<Long> departmentIds) {}

  @EJB FormViews formViews;

  @GET
  public FormDto get(@PathParam("type") String type) {
    return FormDto.of(formViews.forType(type));
  }

  /** Switches to another view the caller may use. */
  @PUT
  @Path("choice")
  public FormDto choose(@PathParam("type") String type, @NotNull Choice choice) {
    return FormDto.of(formViews.choose(type, choice.viewId()));
  }

  /** Makes the caller's own view from the one they see and switches to it. */
  @POST
  @Path("my-view")
  public FormDto makeMine(@PathParam("type") String type) {
    return FormDto.of(formViews.show(formViews.makeMine(type).getId()));
  }

  @DELETE
  @Path("my-view")
  public FormDto resetMine(@PathParam("type") String type) {
    formViews.resetMine(type);
    return get(type);
  }

  @POST
  @Path("general/reset")
  public FormDto resetGeneral(@PathParam("type") String type) {
    return FormDto.of(formViews.show(formViews.resetGeneral(type).getId()));
  }

  /** "Set as standard view for all users", or lift it. */
  @PUT
  @Path("general/for-everyone")
  public FormDto setForEveryone(@PathParam("type") String type, @NotNull ForEveryone request) {
    return FormDto.of(
        formViews.show(formViews.setGeneralForEveryone(type, request.forEveryone()).getId()));
  }

  @POST
  @Path("views")
  public Response createNamed(@PathParam("type") String type, @NotNull NamedView request) {
    var view =
        formViews.createNamed(type, request.name(), request.userIds(), request.departmentIds());
    return Response.status(Response.Status.CREATED)
        .entity(FormDto.of(formViews.show(view.getId())))
        .build();
  }
}
