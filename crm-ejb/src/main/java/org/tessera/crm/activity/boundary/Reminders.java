package org.tessera.crm.activity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.tessera.crm.activity.entity.Activity;
import org.tessera.crm.activity.entity.ActivityStatus;
import org.tessera.crm.activity.entity.Notification;
import org.tessera.crm.security.entity.Roles;

/**
 * Fires the reminders that are due: each is claimed in the database (reminded_at set where still
 * null) in the same transaction as its notification, so that it fires exactly once however many
 * instances or timer calls look at it, and one that came due while the server was down fires at the
 * next look.
 */
@Stateless
public class Reminders {

  private static final int MOST_PER_RUN = 500;
  private static final DateTimeFormatter DUE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

  @PersistenceContext EntityManager em;

  /** Called by the clock every minute, without a signed-in user. */
  @PermitAll
  public int fireDue() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    List<Long> due =
        em.createNamedQuery(Activity.REMINDERS_DUE, Long.class)
            .setParameter("planned", ActivityStatus.PLANNED)
            .setParameter("now", now)
            .setMaxResults(MOST_PER_RUN)
            .getResultList();
    int fired = 0;
    for (Long id : due) {
      int claimed =
          em.createNamedQuery(Activity.CLAIM_REMINDER)
              .setParameter("id", id)
              .setParameter("now", now)
              .executeUpdate();
      if (claimed == 1) {
        Activity activity = em.find(Activity.class, id);
        em.persist(
            new Notification(
                activity.getResponsible().getId(),
                activity.getItemId(),
                "Reminder: '"
                    + activity.getSubject()
                    + "' is due at "
                    + DUE.format(activity.getDeadline().withOffsetSameInstant(ZoneOffset.UTC)),
                now));
        fired++;
      }
    }
    return fired;
  }

  /** For admins and operations: fires the due reminders now rather than at the next minute. */
  @RolesAllowed(Roles.ADMIN)
  public int fireDueNow() {
    return fireDue();
  }
}
