package org.tessera.crm.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of a role: the scope of an action on the items of a type, or of every type. */
@Embeddable
public class Permission {

  /** The type code that stands for every type without a permission of its own. */
  public static final String EVERY_TYPE = "*";

  @Column(name = "type_code")
  private String typeCode;

  @Enumerated(EnumType.STRING)
  private Action action;

  @Enumerated(EnumType.STRING)
  private Scope scope;

  protected Permission() {}

  Permission(String typeCode, Action action, Scope scope) {
    this.typeCode = typeCode;
    this.action = action;
    this.scope = scope;
  }

  boolean isFor(String typeCode, Action action) {
    return this.typeCode.equals(typeCode) && this.action == action;
  }

  public String getTypeCode() {
    return typeCode;
  }

  public Action getAction() {
    return action;
  }

  public Scope getScope() {
    return scope;
  }
}
