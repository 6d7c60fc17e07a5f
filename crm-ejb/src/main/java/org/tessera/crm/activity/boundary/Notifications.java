package org.tessera.crm.activity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.tessera.crm.activity.entity.Notification;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.shared.entity.UnknownEntity;

/** The signed-in user's notifications: the newest first, and how many are unread (the bell). */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class Notifications {

  private static final int SHOWN = 50;

  @PersistenceContext EntityManager em;
  @EJB Users users;

  public List<Notification> mine() {
    return em.createNamedQuery(Notification.OF_USER, Notification.class)
        .setParameter("user", users.viewer().userId())
        .setMaxResults(SHOWN)
        .getResultList();
  }

  public long unreadCount() {
    return em.createNamedQuery(Notification.UNREAD_COUNT, Long.class)
        .setParameter("user", users.viewer().userId())
        .getSingleResult();
  }

  /** Marks one of the user's notifications read; others' are not theirs to see. */
  public Notification read(long notificationId) {
    Notification notification = em.find(Notification.class, notificationId);
    if (notification == null || !notification.isFor(users.viewer().userId())) {
      throw new UnknownEntity("Notification", notificationId);
    }
    notification.read(OffsetDateTime.now(ZoneOffset.UTC));
    return notification;
  }

  /** Marks all the user's unread notifications read. */
  public void readAll() {
    em.createNamedQuery(Notification.READ_ALL)
        .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
        .setParameter("user", users.viewer().userId())
        .executeUpdate();
  }
}
