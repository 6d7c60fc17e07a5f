package org.tessera.crm.communication.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.tessera.crm.communication.entity.Communication;

/**
 * An e-mail to write from an item; subject and body may hold the item's placeholders, e.g. {@code
 * {Item.Title}}. Without an address it goes to the item's own e-mail address, or else to that of a
 * contact linked to it.
 */
public record EmailRequest(
    @Email @Size(max = Communication.COUNTERPART_LIMIT) String to,
    @NotBlank @Size(max = Communication.SUBJECT_LIMIT) String subject,
    @NotBlank @Size(max = Communication.BODY_LIMIT) String body) {}
