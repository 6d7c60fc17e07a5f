package org.tessera.crm.activity.entity;

/** What an activity is. */
public enum ActivityKind {
  CALL,
  MEETING,
  TASK,
  EMAIL_FOLLOW_UP,
  CUSTOM
}
