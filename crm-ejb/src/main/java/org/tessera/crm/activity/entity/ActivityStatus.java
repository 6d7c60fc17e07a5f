package org.tessera.crm.activity.entity;

/** Where an activity stands; only planned ones count, remind and hold their room. */
public enum ActivityStatus {
  PLANNED,
  DONE,
  CANCELLED
}
