package org.tessera.crm.shared.entity;

import jakarta.ejb.ApplicationException;

/** The caller edited a version that someone else has changed in the meantime. */
@ApplicationException(rollback = true)
public class StaleVersion extends RuntimeException {

  public StaleVersion(String what, Object id, long expected, long actual) {
    super(
        what
            + " "
            + id
            + " was changed by someone else (your version "
            + expected
            + ", current "
            + actual
            + "); reload it and apply your change again");
  }
}
