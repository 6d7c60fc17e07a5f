package org.tessera.crm.communication.entity;

/**
 * LOGGED: a user wrote it down (a call); SENT and RECEIVED: the CRM sent or read it; FAILED: the
 * CRM could not send it, and says why.
 */
public enum CommunicationStatus {
  LOGGED,
  SENT,
  RECEIVED,
  FAILED
}
