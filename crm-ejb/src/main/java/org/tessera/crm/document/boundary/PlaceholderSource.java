package org.tessera.crm.document.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Locale;
import java.util.Map;
import org.tessera.crm.document.control.ItemPlaceholders;
import org.tessera.crm.field.boundary.FieldValues;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.mycompany.boundary.MyCompanySettings;
import org.tessera.crm.relation.boundary.Clients;
import org.tessera.crm.relation.boundary.LinkedClients;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.Roles;

/**
 * What fills an item's placeholders, in documents and in messages alike: the item, the contact and
 * company linked to it, and our company; each with the field values the signed-in user may see.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class PlaceholderSource {

  @EJB FieldValues fieldValues;
  @EJB Users users;
  @EJB Clients clients;
  @EJB MyCompanySettings myCompany;

  public ItemPlaceholders of(Item item, Locale locale) {
    Map<Long, String> userNames = users.names();
    ItemPlaceholders placeholders =
        ItemPlaceholders.of(item, fieldValues.of(item), userNames, locale)
            .myCompany(myCompany.get().placeholders());
    LinkedClients linked = clients.linkedTo(item);
    linked
        .contact()
        .ifPresent(contact -> placeholders.client(contact, fieldValues.of(contact), userNames));
    linked
        .company()
        .ifPresent(company -> placeholders.client(company, fieldValues.of(company), userNames));
    return placeholders;
  }
}
