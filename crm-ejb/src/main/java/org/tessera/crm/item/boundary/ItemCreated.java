package org.tessera.crm.item.boundary;

import org.tessera.crm.item.entity.Item;

/** Fired in the creating transaction once an item and its field values are written. */
public record ItemCreated(Item item) {}
