package org.tessera.crm.shared.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Whether the database answers, for the readiness probe that load balancers ask unsigned-in. */
@Stateless
@PermitAll
public class DatabasePing {

  @PersistenceContext EntityManager em;

  /** Asks the database a trivial question; fails as the database does. */
  public void ping() {
    em.createNativeQuery("select 1").getSingleResult();
  }
}
