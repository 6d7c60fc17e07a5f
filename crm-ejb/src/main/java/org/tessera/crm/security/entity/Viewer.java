package org.tessera.crm.security.entity;

import java.util.Set;

/**
 * Who is reading or writing, as field visibility needs it: the user, the departments they belong to
 * (their own and every one above it), and whether they are an admin, who sees everything.
 */
public record Viewer(long userId, Set<Long> departmentIds, boolean admin) {}
