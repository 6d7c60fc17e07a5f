package org.tessera.crm.api.field;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.Set;
import org.tessera.crm.field.boundary.Fields;
import org.tessera.crm.field.boundary.NewField;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.shared.entity.Limits;

@Path("fields")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FieldsResource {

  /** Where a field must be filled in: everywhere, or at the listed stages. */
  public record Requirement(boolean everywhere, Set<Long> stageIds) {}

  /** Whether the field's changes are told on the timeline. */
  public record Audit(@NotNull Boolean audited) {}

  /** Who may see a field; both empty means everyone. */
  public record Visibility(Set<Long> userIds, Set<Long> departmentIds) {}

  /** The value new items get; null for none. */
  public record DefaultValue(Object value) {}

  @EJB Fields fields;

  /** The fields of a type the caller may see; a type has a few dozen, so they come in one piece. */
  @GET
  public List<FieldView> list(
      @QueryParam("type") @NotNull @Pattern(regexp = Limits.CODE_PATTERN) String type) {
    return fields.visibleOfType(type).stream().map(FieldView::of).toList();
  }

  @GET
  @Path("{id}")
  public FieldView get(@PathParam("id") long id) {
    return FieldView.of(fields.find(id));
  }

  @POST
  public Response create(@NotNull @Valid NewField request, @Context UriInfo uri) {
    Field field = fields.create(request);
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(field.getId())).build())
        .entity(FieldView.of(field))
        .build();
  }

  @PUT
  @Path("{id}/requirement")
  public FieldView require(@PathParam("id") long id, @NotNull Requirement requirement) {
    return FieldView.of(fields.requireAt(id, requirement.everywhere(), requirement.stageIds()));
  }

  @PUT
  @Path("{id}/audit")
  public FieldView audit(@PathParam("id") long id, @NotNull @Valid Audit audit) {
    return FieldView.of(fields.audit(id, audit.audited()));
  }

  @PUT
  @Path("{id}/visibility")
  public FieldView showOnlyTo(@PathParam("id") long id, @NotNull Visibility visibility) {
    return FieldView.of(fields.showOnlyTo(id, visibility.userIds(), visibility.departmentIds()));
  }

  @PUT
  @Path("{id}/default")
  public FieldView defaultTo(@PathParam("id") long id, @NotNull DefaultValue value) {
    return FieldView.of(fields.defaultTo(id, value.value()));
  }

  /** Deletes a custom field with all its values. */
  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") long id) {
    fields.delete(id);
  }
}
