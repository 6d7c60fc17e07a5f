package org.tessera.crm.shared.entity;

import jakarta.ejb.ApplicationException;

/** A unique name or code is already taken. */
@ApplicationException(rollback = true)
public class DuplicateName extends RuntimeException {

  public DuplicateName(String what, String value) {
    super(what + " '" + value + "' is already in use");
  }
}
