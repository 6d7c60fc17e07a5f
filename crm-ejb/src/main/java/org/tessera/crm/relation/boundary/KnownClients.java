package org.tessera.crm.relation.boundary;

import java.util.Optional;
import org.tessera.crm.item.entity.Item;

/**
 * The contact and company a lead's details point to, if they are known already, and the company
 * name the lead gives (known or not).
 */
public record KnownClients(
    Optional<Item> contact, Optional<Item> company, Optional<String> companyName) {

  public boolean any() {
    return contact.isPresent() || company.isPresent();
  }
}
