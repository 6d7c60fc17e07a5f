package org.tessera.crm.shared.entity;

import jakarta.ejb.ApplicationException;

/** The caller may not do this to this particular thing (roles are checked by the container). */
@ApplicationException(rollback = true)
public class Forbidden extends RuntimeException {

  private final String rule;

  public Forbidden(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  public String rule() {
    return rule;
  }
}
