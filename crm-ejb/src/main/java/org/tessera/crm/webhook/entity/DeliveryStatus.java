package org.tessera.crm.webhook.entity;

/** Where a delivery stands: waiting for its (next) attempt, taken by the receiver, given up. */
public enum DeliveryStatus {
  PENDING,
  DELIVERED,
  FAILED
}
