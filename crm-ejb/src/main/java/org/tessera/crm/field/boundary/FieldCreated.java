package org.tessera.crm.field.boundary;

import org.tessera.crm.field.entity.Field;

/** Fired in the creating transaction, so that form views can show the new field. */
public record FieldCreated(Field field) {}
