package org.tessera.crm.shared.entity;

/** Length limits shared by entities, Bean Validation and the schema. */
public final class Limits {

  public static final int NAME = 120;
  public static final int TITLE = 255;
  public static final int CODE = 40;
  public static final int LOGIN = 60;
  public static final String CODE_PATTERN = "[a-z][a-z0-9_]{1,39}";
  public static final String COLOR_PATTERN = "#[0-9a-fA-F]{6}";
  public static final String CURRENCY_PATTERN = "[A-Z]{3}";

  private Limits() {}
}
