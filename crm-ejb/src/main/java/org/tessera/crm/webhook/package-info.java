/**
 * Outgoing webhooks: item events delivered to URLs an admin registers, signed with HMAC-SHA256,
 * retried with back-off, never in the way of the action that caused them.
 */
package org.tessera.crm.webhook;
