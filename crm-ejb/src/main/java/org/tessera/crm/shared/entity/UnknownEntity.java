package org.tessera.crm.shared.entity;

import jakarta.ejb.ApplicationException;

/** The caller named something that does not exist (or no longer does). */
@ApplicationException(rollback = true)
public class UnknownEntity extends RuntimeException {

  public UnknownEntity(String what, Object id) {
    super(what + " " + id + " does not exist");
  }
}
