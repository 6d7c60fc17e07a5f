package org.tessera.crm.relation.boundary;

import java.util.Optional;
import org.tessera.crm.item.entity.Item;

/** The contact and company a lead's details point to, if they are known already. */
public record KnownClients(Optional<Item> contact, Optional<Item> company) {

  public boolean any() {
    return contact.isPresent() || company.isPresent();
  }
}
