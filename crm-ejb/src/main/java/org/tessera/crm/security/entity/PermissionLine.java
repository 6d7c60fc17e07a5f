package org.tessera.crm.security.entity;

import jakarta.validation.constraints.NotNull;

/**
 * A change of one line of a role.
 *
 * @param typeCode a type code, or {@link Permission#EVERY_TYPE}
 * @param scope the new scope; none lets a type follow the role's line for every type again
 */
public record PermissionLine(@NotNull String typeCode, @NotNull Action action, Scope scope) {}
