package org.tessera.crm.communication.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tessera.crm.communication.control.MessageChannel;
import org.tessera.crm.communication.entity.Communication;

/**
 * An SMS or WhatsApp message to send from an item; the text may hold the item's placeholders.
 * Without a number it goes to the item's own phone number, or else to that of a contact linked to
 * it.
 */
public record MessageRequest(
    @NotNull MessageChannel channel,
    @Size(max = Communications.PHONE_LIMIT) String to,
    @NotBlank @Size(max = Communication.BODY_LIMIT) String text) {}
