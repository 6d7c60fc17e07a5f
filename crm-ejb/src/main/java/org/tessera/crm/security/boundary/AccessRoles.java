package org.tessera.crm.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.tessera.crm.audit.boundary.AuditLogged;
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.security.entity.AccessRole;
import org.tessera.crm.security.entity.Permission;
import org.tessera.crm.security.entity.PermissionLine;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.security.entity.Scope;
import org.tessera.crm.shared.boundary.SettingsVersion;
import org.tessera.crm.shared.entity.DuplicateName;
import org.tessera.crm.shared.entity.Limits;
import org.tessera.crm.shared.entity.StaleVersion;
import org.tessera.crm.shared.entity.UnknownEntity;

/** The access roles an admin sets up: their permissions and who holds them. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AccessRoles {

  @PersistenceContext EntityManager em;
  @EJB ItemTypes itemTypes;
  @EJB Users users;
  @Inject SettingsVersion settingsVersion;

  public List<AccessRole> all() {
    return em.createNamedQuery(AccessRole.ALL, AccessRole.class).getResultList();
  }

  public AccessRole find(long roleId) {
    AccessRole role = em.find(AccessRole.class, roleId);
    if (role == null) {
      throw new UnknownEntity("Access role", roleId);
    }
    return role;
  }

  /** A new role that allows nothing and nobody holds yet. */
  @AuditLogged
  public AccessRole create(@NotBlank @Size(max = Limits.NAME) String name) {
    settingsVersion.changing();
    requireFreeName(name, null);
    AccessRole role = new AccessRole(name.strip());
    em.persist(role);
    em.flush();
    return role;
  }

  @AuditLogged
  public AccessRole rename(
      long roleId, long expectedVersion, @NotBlank @Size(max = Limits.NAME) String name) {
    AccessRole role = current(roleId, expectedVersion);
    requireFreeName(name, roleId);
    role.rename(name.strip());
    return flushed(role);
  }

  /**
   * Sets the scopes of actions on types ({@link Permission#EVERY_TYPE} for every type), all or
   * none; a type given no scope follows the role's line for every type again.
   */
  @AuditLogged
  public AccessRole permit(
      long roleId, long expectedVersion, @NotNull List<@NotNull @Valid PermissionLine> lines) {
    AccessRole role = current(roleId, expectedVersion);
    for (PermissionLine line : lines) {
      boolean everyType = Permission.EVERY_TYPE.equals(line.typeCode());
      if (!everyType) {
        itemTypes.byCode(line.typeCode());
      }
      if (line.scope() == null && !everyType) {
        role.followEveryType(line.typeCode(), line.action());
      } else {
        role.permit(
            line.typeCode(), line.action(), line.scope() == null ? Scope.NONE : line.scope());
      }
    }
    return flushed(role);
  }

  /** Gives the role to everyone, or to the users and the members of the departments given. */
  @AuditLogged
  public AccessRole assign(
      long roleId,
      long expectedVersion,
      boolean forEveryone,
      @NotNull Set<Long> userIds,
      @NotNull Set<Long> departmentIds) {
    AccessRole role = current(roleId, expectedVersion);
    users.requireExisting(userIds, departmentIds);
    role.assign(forEveryone, userIds, departmentIds);
    return flushed(role);
  }

  @AuditLogged
  public void delete(long roleId, long expectedVersion) {
    em.remove(current(roleId, expectedVersion));
  }

  private AccessRole current(long roleId, long expectedVersion) {
    settingsVersion.changing();
    AccessRole role = find(roleId);
    if (role.getVersion() != expectedVersion) {
      throw new StaleVersion("Access role", roleId, expectedVersion, role.getVersion());
    }
    return role;
  }

  private void requireFreeName(String name, Long roleId) {
    em.createNamedQuery(AccessRole.BY_NAME, AccessRole.class)
        .setParameter("name", name.strip())
        .getResultStream()
        .filter(other -> !other.getId().equals(roleId))
        .findFirst()
        .ifPresent(
            taken -> {
              throw new DuplicateName("Access role", name.strip());
            });
  }

  /**
   * Writes the change now, so the caller sees the version the next edit must name; the version
   * moves on for changes of permissions and holders too, which JPA does not count as changes of the
   * role itself.
   */
  private AccessRole flushed(AccessRole role) {
    em.lock(role, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    return role;
  }
}
