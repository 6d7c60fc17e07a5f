package org.tessera.crm.communication.control;

import java.time.OffsetDateTime;

/**
 * A mail read from a mailbox: its Message-ID (empty when the sender gave none), the sender's
 * address in lower case and name (empty when none), subject and plain text.
 */
public record IncomingMail(
    String messageId,
    String fromAddress,
    String fromName,
    String subject,
    String text,
    OffsetDateTime receivedAt) {}
