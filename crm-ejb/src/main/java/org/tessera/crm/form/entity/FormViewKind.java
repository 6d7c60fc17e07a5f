package org.tessera.crm.form.entity;

/** Who a form view is for. */
public enum FormViewKind {
  /** The admin's view of a type, everyone's unless they use another. */
  GENERAL,
  /** One user's own arrangement. */
  PERSONAL,
  /** A view with a name, assigned by an admin to users and departments. */
  NAMED
}
