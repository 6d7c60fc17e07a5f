package org.tessera.crm.communication.boundary;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.tessera.crm.communication.control.CommunicationSettings;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

/**
 * Reads the CRM's mailbox every minute when {@code crm.mail.imap.poll=true}. No one is signed in
 * then, yet a lead made from a mail needs an author with rights: the clock runs as the inactive
 * user {@code crm-system} in the admin role (WEB-INF/glassfish-ejb-jar.xml names the principal,
 * glassfish-web.xml maps it to the role).
 */
@Singleton
@RunAs(Roles.ADMIN)
public class MailboxClock {

  private static final System.Logger LOG = System.getLogger(MailboxClock.class.getName());

  @Inject CommunicationSettings settings;
  @EJB Communications communications;

  @Schedule(minute = "*", hour = "*", persistent = false)
  void tick() {
    if (!settings.pollsMailbox()) {
      return;
    }
    try {
      communications.pollMailbox();
    } catch (BusinessRuleViolation unreadable) {
      // Thrown on, a failure makes the container drop the timer after the second one: a mail
      // server or database down for two minutes would end polling until the next restart.
      LOG.log(System.Logger.Level.WARNING, "Cannot read the mailbox: " + unreadable.getMessage());
    } catch (EJBException failed) {
      LOG.log(System.Logger.Level.ERROR, "Reading the mailbox failed", failed);
    }
  }
}
