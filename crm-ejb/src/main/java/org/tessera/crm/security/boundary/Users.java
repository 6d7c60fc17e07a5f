package org.tessera.crm.security.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.shared.entity.UnknownEntity;

/** The employees of the CRM and the one who is calling. */
@Stateless
public class Users {

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;

  /** The signed-in user; every service that records "who" asks here. */
  public User current() {
    String login = session.getCallerPrincipal().getName();
    return byLogin(login);
  }

  public User byLogin(String login) {
    return em.createNamedQuery(User.BY_LOGIN, User.class)
        .setParameter("login", login)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new UnknownEntity("User", login));
  }

  public User find(long id) {
    User user = em.find(User.class, id);
    if (user == null) {
      throw new UnknownEntity("User", id);
    }
    return user;
  }
}
