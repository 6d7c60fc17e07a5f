package org.tessera.crm.security.entity;

/** The two roles of the application; admins change settings, users work with items. */
public final class Roles {

  public static final String ADMIN = "crm-admin";
  public static final String USER = "crm-user";

  private Roles() {}
}
