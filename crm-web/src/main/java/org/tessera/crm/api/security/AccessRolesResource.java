package org.tessera.crm.api.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.tessera.crm.security.boundary.AccessRoles;
import org.tessera.crm.security.entity.AccessRole;
import org.tessera.crm.security.entity.Action;
import org.tessera.crm.security.entity.PermissionLine;
import org.tessera.crm.security.entity.Scope;
import org.tessera.crm.shared.entity.Limits;

/** Access roles (admins): their permissions per item type and action, and who holds them. */
@Path("access-roles")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccessRolesResource {

  /** A type code, or {@code *} for every type. */
  static final String TYPE_OR_EVERY = "\\*|" + Limits.CODE_PATTERN;

  public record PermissionView(String type, Action action, Scope scope) {}

  public record RoleView(
      long id,
      String name,
      boolean forEveryone,
      Set<Long> userIds,
      Set<Long> departmentIds,
      List<PermissionView> permissions,
      long version) {
    static RoleView of(AccessRole role) {
      return new RoleView(
          role.getId(),
          role.getName(),
          role.isForEveryone(),
          role.getUserIds(),
          role.getDepartmentIds(),
          role.getPermissions().stream()
              .map(p -> new PermissionView(p.getTypeCode(), p.getAction(), p.getScope()))
              .toList(),
          role.getVersion());
    }
  }

  public record NewRole(@NotBlank @Size(max = Limits.NAME) String name) {}

  public record Rename(@NotBlank @Size(max = Limits.NAME) String name, @NotNull Long version) {}

  /** A scope left out lets the type follow the role's line for every type. */
  public record PermissionChange(
      @NotNull @Pattern(regexp = TYPE_OR_EVERY) String type,
      @NotNull Action action,
      Scope scope,
      @NotNull Long version) {}

  public record Holders(
      boolean forEveryone,
      @NotNull Set<@NotNull Long> userIds,
      @NotNull Set<@NotNull Long> departmentIds,
      @NotNull Long version) {}

  @EJB AccessRoles roles;

  @GET
  public List<RoleView> all() {
    return roles.all().stream().map(RoleView::of).toList();
  }

  @GET
  @Path("{id}")
  public RoleView get(@PathParam("id") long id) {
    return RoleView.of(roles.find(id));
  }

  @POST
  public Response create(@NotNull @Valid NewRole role) {
    return Response.status(Response.Status.CREATED)
        .entity(RoleView.of(roles.create(role.name())))
        .build();
  }

  @PUT
  @Path("{id}")
  public RoleView rename(@PathParam("id") long id, @NotNull @Valid Rename rename) {
    return RoleView.of(roles.rename(id, rename.version(), rename.name()));
  }

  @PUT
  @Path("{id}/permissions")
  public RoleView permit(@PathParam("id") long id, @NotNull @Valid PermissionChange change) {
    return RoleView.of(
        roles.permit(
            id,
            change.version(),
            List.of(new PermissionLine(change.type(), change.action(), change.scope()))));
  }

  @PUT
  @Path("{id}/holders")
  public RoleView assign(@PathParam("id") long id, @NotNull @Valid Holders holders) {
    return RoleView.of(
        roles.assign(
            id,
            holders.version(),
            holders.forEveryone(),
            holders.userIds(),
            holders.departmentIds()));
  }

  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") long id, @QueryParam("version") @NotNull Long version) {
    roles.delete(id, version);
  }
}
