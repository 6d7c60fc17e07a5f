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
import java.util.Set;
import org.tessera.crm.form.boundary.FormViews;
import org.tessera.crm.form.entity.CardTab;
import org.tessera.crm.form.entity.FormView;

/** Arranging one form view: sections, fields and tabs. Every answer is the view as it is now. */
@Path("form-views/{id}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FormViewsResource {

  public record NewSection(String title) {}

  /** A section's new title and/or position; what is left out stays. */
  public record SectionChange(String title, Integer position) {}

  /** Where a field goes: a section and the position among the fields there. */
  public record Placement(@NotNull String sectionId, int position) {}

  public record TabPlacement(int position, boolean hidden) {}

  public record Assignees(Set<Long> userIds, Set<Long> departmentIds) {}

  @EJB FormViews formViews;

  @GET
  public FormDto get(@PathParam("id") long id) {
    return shown(formViews.find(id));
  }

  @POST
  @Path("sections")
  public FormDto addSection(@PathParam("id") long id, @NotNull NewSection section) {
    return shown(formViews.addSection(id, section.title()));
  }

  @PUT
  @Path("sections/{section}")
  public FormDto changeSection(
      @PathParam("id") long id,
      @PathParam("section") String section,
      @NotNull SectionChange change) {
    if (change.title() != null) {
      formViews.renameSection(id, section, change.title());
    }
    if (change.position() != null) {
      formViews.moveSection(id, section, change.position());
    }
    return get(id);
  }

  /** Deletes a section; its fields become hidden and keep their values. */
  @DELETE
  @Path("sections/{section}")
  public FormDto deleteSection(@PathParam("id") long id, @PathParam("section") String section) {
    return shown(formViews.deleteSection(id, section));
  }

  /** Shows a hidden field or moves a shown one. */
  @PUT
  @Path("fields/{field}")
  public FormDto placeField(
      @PathParam("id") long id, @PathParam("field") long field, @NotNull Placement placement) {
    return shown(formViews.placeField(id, field, placement.sectionId(), placement.position()));
  }

  /** Hides a field in this view; its values stay. */
  @DELETE
  @Path("fields/{field}")
  public FormDto hideField(@PathParam("id") long id, @PathParam("field") long field) {
    return shown(formViews.hideField(id, field));
  }

  @PUT
  @Path("tabs/{tab}")
  public FormDto arrangeTab(
      @PathParam("id") long id, @PathParam("tab") CardTab tab, @NotNull TabPlacement placement) {
    return shown(formViews.arrangeTab(id, tab, placement.position(), placement.hidden()));
  }

  @PUT
  @Path("assignees")
  public FormDto assign(@PathParam("id") long id, @NotNull Assignees assignees) {
    return shown(formViews.assign(id, assignees.userIds(), assignees.departmentIds()));
  }

  /** Deletes a named view. */
  @DELETE
  public void delete(@PathParam("id") long id) {
    formViews.deleteNamed(id);
  }

  private FormDto shown(FormView view) {
    return FormDto.of(formViews.show(view.getId()));
  }
}
