package org.tessera.crm.relation.boundary;

import jakarta.validation.Valid;

/** A lead's contact or company on conversion: an existing one, or a new one made from the lead. */
public record ClientChoice(Long existingId, @Valid ItemDraft create) {

  public static ClientChoice existing(long itemId) {
    return new ClientChoice(itemId, null);
  }

  public static ClientChoice created(ItemDraft draft) {
    return new ClientChoice(null, draft);
  }
}
