package org.tessera.crm.activity.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

/**
 * Looks for due reminders every minute on every instance; the reminders themselves make sure each
 * fires once. A non-persistent timer suffices: what is due is read from the database.
 */
@Singleton
public class ReminderClock {

  @EJB Reminders reminders;

  @Schedule(minute = "*", hour = "*", persistent = false)
  void tick() {
    reminders.fireDue();
  }
}
