package org.tessera.crm.security.entity;

import java.util.List;

/** The roles one user holds, and what they add up to. */
public record HeldRoles(List<AccessRole> roles) {

  /** Of the roles of this list the viewer holds. */
  public static HeldRoles of(List<AccessRole> roles, Viewer viewer) {
    return new HeldRoles(roles.stream().filter(role -> role.isHeldBy(viewer)).toList());
  }

  /**
   * The widest scope any held role gives the action on the type. Nobody creates, changes, deletes
   * or exports items they may not read, so those actions are narrowed to the reading scope; the
   * settings of a type concern no item.
   */
  public Scope scopeFor(String typeCode, Action action) {
    Scope widest = widest(typeCode, action);
    return action == Action.READ || action == Action.SETTINGS
        ? widest
        : widest.narrowest(widest(typeCode, Action.READ));
  }

  private Scope widest(String typeCode, Action action) {
    return roles.stream()
        .map(role -> role.scopeFor(typeCode, action))
        .reduce(Scope.NONE, Scope::widest);
  }
}
