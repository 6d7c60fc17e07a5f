package org.tessera.crm.form.entity;

/** The tabs of the item card next to the fields, in their shipped order. */
public enum CardTab {
  PRODUCTS,
  DEPENDENCIES,
  HISTORY
}
