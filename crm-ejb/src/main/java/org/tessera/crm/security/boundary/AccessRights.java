package org.tessera.crm.security.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tessera.crm.security.entity.AccessRole;
import org.tessera.crm.security.entity.Action;
import org.tessera.crm.security.entity.HeldRoles;
import org.tessera.crm.security.entity.ItemScope;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.security.entity.Scope;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.shared.boundary.SettingsCache;
import org.tessera.crm.shared.boundary.TransactionMemo;
import org.tessera.crm.shared.entity.Forbidden;

/**
 * What the caller may do to items, by their roles (M14): the one place the item services ask, so
 * that pages and REST cannot go around it. Admins, and the server acting on its own, may do all.
 */
@Stateless
@PermitAll
public class AccessRights {

  /**
   * The caller as access checks need them, read once per transaction: a stage move checks reading
   * and changing several times, and the roles do not change in between.
   *
   * @param held the roles they hold; none for admins, who may do all
   * @param departmentsBelow their department and those below it
   */
  private record Caller(long userId, boolean admin, HeldRoles held, Set<Long> departmentsBelow) {}

  private static final TransactionMemo.Key<Caller> CALLER = new TransactionMemo.Key<>(Caller.class);

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @EJB Users users;
  @Inject TransactionMemo memo;
  @Inject SettingsCache settings;

  /** The items of the type the caller may act on in this way. */
  public ItemScope scope(String typeCode, Action action) {
    Caller caller = memo.get(CALLER, this::readCaller);
    if (caller.admin()) {
      return new ItemScope(Scope.ALL, caller.userId(), Set.of());
    }
    Scope scope = caller.held().scopeFor(typeCode, action);
    return new ItemScope(
        scope, caller.userId(), scope == Scope.DEPARTMENT ? caller.departmentsBelow() : Set.of());
  }

  private Caller readCaller() {
    User user = users.signedIn();
    if (session.isCallerInRole(Roles.ADMIN)) {
      return new Caller(user.getId(), true, null, Set.of());
    }
    HeldRoles held =
        HeldRoles.of(
            settings.get(
                "access roles",
                em,
                reader ->
                    List.copyOf(
                        reader.createNamedQuery(AccessRole.ALL, AccessRole.class).getResultList())),
            users.viewer());
    Set<Long> departments =
        users
            .departmentOf(user)
            .map(department -> department.withThoseBelow(users.departments()))
            .orElse(Set.of());
    return new Caller(user.getId(), false, held, departments);
  }

  /**
   * Refuses the action on an item of the type with this responsible when it is outside the caller's
   * scope.
   *
   * @throws Forbidden {@code access.denied}
   */
  public void require(String typeCode, String typeName, User responsible, Action action) {
    if (!scope(typeCode, action).permits(responsible)) {
      throw new Forbidden(
          "access.denied",
          "You may not " + action.name().toLowerCase(Locale.ROOT) + " this item of " + typeName);
    }
  }

  /**
   * Refuses a change of the type's settings to a caller who is no admin and holds no role that
   * allows it (any scope but none).
   *
   * @throws Forbidden {@code access.no-settings}
   */
  public void requireSettings(String typeCode, String typeName) {
    if (scope(typeCode, Action.SETTINGS).scope() == Scope.NONE) {
      throw new Forbidden("access.no-settings", "You may not change the settings of " + typeName);
    }
  }

  /**
   * Refuses an action the caller may not take on any item of the type.
   *
   * @throws Forbidden {@code access.denied}
   */
  public void requireSome(String typeCode, String typeName, Action action) {
    if (scope(typeCode, action).scope() == Scope.NONE) {
      throw new Forbidden(
          "access.denied",
          "You may not " + action.name().toLowerCase(Locale.ROOT) + " items of " + typeName);
    }
  }
}
