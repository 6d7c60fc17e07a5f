package org.tessera.crm.communication.entity;

/** How the CRM and a client reached each other. */
public enum CommunicationChannel {
  CALL,
  EMAIL,
  SMS,
  WHATSAPP,
  MESSENGER
}
