package org.tessera.crm.security.entity;

import java.util.Map;
import java.util.Set;

/**
 * The items one user may act on in one way: a scope with what it needs to be checked, on an item or
 * as a condition of a query.
 *
 * @param userId the user
 * @param departmentIds the user's department and every department below it
 */
public record ItemScope(Scope scope, long userId, Set<Long> departmentIds) {

  /** Whether an item with this responsible is within the scope. */
  public boolean permits(User responsible) {
    return switch (scope) {
      case ALL -> true;
      case NONE -> false;
      case OWN -> isUser(responsible);
      case DEPARTMENT ->
          isUser(responsible)
              || (responsible != null && departmentIds.contains(responsible.getDepartmentId()));
    };
  }

  private boolean isUser(User responsible) {
    return responsible != null && responsible.getId() == userId;
  }

  /**
   * A condition on the item {@code i} of a JPQL query, to append to its where clause, with the
   * {@link #parameters()} it names; empty for every item.
   */
  public String jpql() {
    return switch (scope) {
      case ALL -> "";
      case NONE -> " and i.id is null";
      case OWN -> " and i.responsible.id = :scopeUser";
      case DEPARTMENT ->
          departmentIds.isEmpty()
              ? " and i.responsible.id = :scopeUser"
              : " and (i.responsible.id = :scopeUser or i.responsible.id in (select su.id"
                  + " from User su where su.department.id in :scopeDepartments))";
    };
  }

  public Map<String, Object> parameters() {
    return switch (scope) {
      case ALL, NONE -> Map.of();
      case OWN -> Map.of("scopeUser", userId);
      case DEPARTMENT ->
          departmentIds.isEmpty()
              ? Map.of("scopeUser", userId)
              : Map.of("scopeUser", userId, "scopeDepartments", departmentIds);
    };
  }

  /** Whether the scope leaves items out, so that kept totals of all items do not apply. */
  public boolean isPartial() {
    return scope != Scope.ALL;
  }
}
