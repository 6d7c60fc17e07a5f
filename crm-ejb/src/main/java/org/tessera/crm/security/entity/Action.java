package org.tessera.crm.security.entity;

/** What a role may allow on items of a type. */
public enum Action {
  READ,
  CREATE,
  UPDATE,
  DELETE,
  EXPORT,
  /** Change the type's fields, pipelines and stages, views, board fields, templates, mappings. */
  SETTINGS
}
