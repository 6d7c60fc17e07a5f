package org.tessera.crm.shared.entity;

import jakarta.ejb.ApplicationException;

/**
 * A request that is well formed but breaks a rule of the domain; the transaction is rolled back.
 */
@ApplicationException(rollback = true)
public class BusinessRuleViolation extends RuntimeException {

  private final String rule;

  /**
   * @param rule a stable machine-readable code, e.g. {@code stage.initial-not-deletable}
   * @param message what went wrong, for the user
   */
  public BusinessRuleViolation(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  public String rule() {
    return rule;
  }
}
