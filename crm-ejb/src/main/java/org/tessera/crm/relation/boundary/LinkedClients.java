package org.tessera.crm.relation.boundary;

import java.util.Optional;
import org.tessera.crm.item.entity.Item;

/** The contact and the company linked to an item, if any. */
public record LinkedClients(Optional<Item> contact, Optional<Item> company) {}
