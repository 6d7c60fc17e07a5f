/**
 * Reaching clients: e-mail over SMTP and IMAP, SMS and WhatsApp through an HTTP gateway, message
 * templates with {@code {Item.Title}} placeholders, and signed invitation links to the client
 * messenger; all but the settings read from MicroProfile Config work without a container.
 */
package org.tessera.crm.communication.control;
