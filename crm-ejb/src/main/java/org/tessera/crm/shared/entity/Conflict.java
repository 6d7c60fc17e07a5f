package org.tessera.crm.shared.entity;

import jakarta.ejb.ApplicationException;

/** The request clashes with something that exists, named in the message (e.g. a room booking). */
@ApplicationException(rollback = true)
public class Conflict extends RuntimeException {

  private final String rule;

  public Conflict(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  public String rule() {
    return rule;
  }
}
