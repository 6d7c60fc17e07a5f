/**
 * Reaching clients without a container: e-mail over SMTP and IMAP, SMS and WhatsApp through an HTTP
 * gateway, message templates with {@code {Item.Title}} placeholders, and signed invitation links to
 * the client messenger.
 */
package org.tessera.crm.communication.control;
