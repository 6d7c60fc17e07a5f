package org.tessera.crm.field.entity;

/**
 * A filter on a field's values: a JPQL condition on a value row {@code v} and the value of its
 * parameter {@code :fieldValue}.
 */
public record FieldCondition(String jpql, Object value) {}
