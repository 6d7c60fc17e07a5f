/**
 * Calls, e-mails, SMS, WhatsApp messages and messenger invitations with clients, logged on items
 * and their timelines; mail read from the CRM's mailbox; what waits for an answer on the board.
 */
package org.tessera.crm.communication;
