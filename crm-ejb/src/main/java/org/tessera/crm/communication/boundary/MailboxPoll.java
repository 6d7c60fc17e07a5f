package org.tessera.crm.communication.boundary;

/**
 * What one look into the mailbox did: how many unread mails it read, how many of them it logged on
 * items, and how many it could not log (each is in the server log with its cause).
 */
public record MailboxPoll(int read, int logged, int failed) {}
