package org.tessera.crm.security.entity;

/** What a role may allow on items of a type. */
public enum Action {
  READ,
  CREATE,
  UPDATE,
  DELETE,
  EXPORT
}
