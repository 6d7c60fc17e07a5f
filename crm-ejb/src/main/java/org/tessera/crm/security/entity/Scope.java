package org.tessera.crm.security.entity;

/** To which items a permission reaches, from narrowest to widest. */
public enum Scope {
  /** None at all. */
  NONE,
  /** Items the user is responsible for. */
  OWN,
  /** Items whose responsible is in the user's department or a department below it. */
  DEPARTMENT,
  /** Every item of the type. */
  ALL;

  public Scope widest(Scope other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public Scope narrowest(Scope other) {
    return compareTo(other) <= 0 ? this : other;
  }
}
