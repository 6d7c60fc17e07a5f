package org.tessera.crm.relation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tessera.crm.field.boundary.FieldValues;
import org.tessera.crm.item.boundary.ItemCreated;
import org.tessera.crm.item.boundary.Items;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.relation.entity.RelationKind;
import org.tessera.crm.security.entity.Roles;

/**
 * Recognises the clients behind a lead: the contact with one of its e-mail addresses or phone
 * numbers, the company of its company name. A new lead from a known client is a repeat lead (M1),
 * linked to that client instead of making a new one.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class Clients {

  public static final String LEAD = "lead";
  public static final String CONTACT = "contact";
  public static final String COMPANY = "company";
  static final String COMPANY_NAME = "company_name";

  private static final Set<String> REACHED_AT = Set.of("email", "phone");

  @EJB FieldValues fieldValues;
  @EJB Items items;
  @EJB Relations relations;

  public KnownClients knownFor(Item lead) {
    Map<String, Object> values = fieldValues.of(lead);
    Set<String> addresses =
        REACHED_AT.stream().flatMap(code -> texts(values.get(code))).collect(Collectors.toSet());
    Optional<Item> contact =
        fieldValues.itemsHolding(CONTACT, REACHED_AT, addresses).stream()
            .findFirst()
            .map(items::find);
    Optional<String> companyName = texts(values.get(COMPANY_NAME)).findFirst();
    Optional<Item> company = companyName.flatMap(name -> items.titled(COMPANY, name));
    return new KnownClients(contact, company, companyName);
  }

  /**
   * The first contact and the first company linked to the item, e.g. a deal's client, a contact's
   * company or a company's contact person.
   */
  public LinkedClients linkedTo(Item item) {
    List<Item> linked =
        relations.of(item.getId()).stream().map(relation -> relation.other(item.getId())).toList();
    return new LinkedClients(firstOf(linked, CONTACT), firstOf(linked, COMPANY));
  }

  private static Optional<Item> firstOf(List<Item> linked, String typeCode) {
    return linked.stream()
        .filter(other -> typeCode.equals(other.getItemType().getCode()))
        .findFirst();
  }

  /** Flags a new lead from a known client and links it to that client. */
  public void flagRepeatLead(@Observes ItemCreated created) {
    Item item = created.item();
    if (!LEAD.equals(item.getItemType().getCode())) {
      return;
    }
    KnownClients known = knownFor(item);
    if (known.any()) {
      item.markRepeatLead();
      known.contact().ifPresent(contact -> relations.relate(item, contact, RelationKind.REPEAT_OF));
      known.company().ifPresent(company -> relations.relate(item, company, RelationKind.REPEAT_OF));
    }
  }

  private static Stream<String> texts(Object value) {
    if (value instanceof Collection<?> many) {
      return many.stream().map(String::valueOf);
    }
    return value == null ? Stream.empty() : Stream.of(String.valueOf(value));
  }
}
