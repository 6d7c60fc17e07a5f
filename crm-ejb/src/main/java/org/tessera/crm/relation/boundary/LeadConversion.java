package org.tessera.crm.relation.boundary;

import jakarta.validation.Valid;

/** What a lead becomes: a deal, a contact and a company, each optional (null: none). */
public record LeadConversion(
    @Valid ItemDraft deal, @Valid ClientChoice contact, @Valid ClientChoice company) {}
