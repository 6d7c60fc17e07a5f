package org.tessera.crm.relation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tessera.crm.audit.boundary.AuditLogged;
import org.tessera.crm.field.boundary.FieldValues;
import org.tessera.crm.field.boundary.Fields;
import org.tessera.crm.item.boundary.Items;
import org.tessera.crm.item.boundary.NewItem;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.product.boundary.ItemProducts;
import org.tessera.crm.relation.control.FieldMapping;
import org.tessera.crm.relation.entity.Conversion;
import org.tessera.crm.relation.entity.RelationKind;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.Conflict;
import org.tessera.crm.timeline.boundary.Timeline;

/**
 * Creating an item from another (M18): a deal from a lead, an invoice from a deal, and between the
 * types an admin allows. The new item is prefilled by the field mapping, saved like any new item
 * (required fields, visibility), linked to its source and told on both timelines, all in the
 * caller's one transaction.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class Conversions {

  @PersistenceContext EntityManager em;
  @EJB Items items;
  @EJB ItemTypes itemTypes;
  @EJB Fields fields;
  @EJB FieldValues fieldValues;
  @EJB Relations relations;
  @EJB Clients clients;
  @EJB Users users;
  @EJB Timeline timeline;
  @EJB ItemProducts itemProducts;

  /** The types an item of this type may be turned into, in the types' order. */
  public List<Conversion> from(String typeCode) {
    return em.createNamedQuery(Conversion.FROM_TYPE, Conversion.class)
        .setParameter("type", itemTypes.byCode(typeCode))
        .getResultList();
  }

  /** The item of the target type that creating from the source would save, for review. */
  public NewItem prefill(long sourceId, String targetTypeCode) {
    Item source = items.find(sourceId);
    ItemType target = itemTypes.byCode(targetTypeCode);
    return prefill(source, conversion(source.getItemType(), target));
  }

  /** Creates an item from another: the prefilled item with the draft's changes over it. */
  public Item createFrom(long sourceId, @NotNull @Valid ItemDraft draft) {
    return createFrom(items.find(sourceId), draft);
  }

  /**
   * What converting the lead would create, for review: a deal, and its contact and company, matched
   * to known clients where its details point to them, new ones otherwise.
   */
  public LeadConversion prefillLeadConversion(long leadId) {
    Item lead = lead(leadId);
    KnownClients known = clients.knownFor(lead);
    return new LeadConversion(
        ItemDraft.of("deal"),
        known
            .contact()
            .map(contact -> ClientChoice.existing(contact.getId()))
            .orElse(ClientChoice.created(ItemDraft.of(Clients.CONTACT))),
        known
            .company()
            .map(company -> ClientChoice.existing(company.getId()))
            .or(() -> known.companyName().map(name -> ClientChoice.created(companyDraft(name))))
            .orElse(null));
  }

  /**
   * Converts a lead: creates or links what the request names, links the deal to its client, and
   * moves the lead to its pipeline's success stage ("converted").
   */
  public Converted convertLead(long leadId, @NotNull @Valid LeadConversion request) {
    Item lead = lead(leadId);
    if (lead.getStage().getSemantics().isFinal()) {
      throw new Conflict(
          "conversion.lead-closed",
          "Lead '" + lead.getTitle() + "' is closed at stage '" + lead.getStage().getName() + "'");
    }
    if (request.deal() == null && request.contact() == null && request.company() == null) {
      throw new BusinessRuleViolation(
          "conversion.nothing", "Choose a deal, a contact or a company to create from the lead");
    }
    Item company = client(lead, request.company(), Clients.COMPANY);
    Item contact = client(lead, request.contact(), Clients.CONTACT);
    Item deal = request.deal() == null ? null : createFrom(lead, typed(request.deal(), "deal"));
    linkAll(deal, contact);
    linkAll(deal, company);
    linkAll(contact, company);
    items.moveToStage(lead.getId(), lead.getVersion(), lead.getPipeline().successStage().getId());
    return new Converted(deal, contact, company);
  }

  /** Target field code to source field code, as items are prefilled now. */
  public Map<String, String> mapping(String sourceTypeCode, String targetTypeCode) {
    Conversion conversion =
        conversion(itemTypes.byCode(sourceTypeCode), itemTypes.byCode(targetTypeCode));
    return mappingOf(conversion).byCodes();
  }

  /** Lets items of the target type be created from items of the source type. */
  @AuditLogged
  public Conversion allow(String sourceTypeCode, String targetTypeCode) {
    ItemType source = itemTypes.settable(sourceTypeCode);
    ItemType target = itemTypes.byCode(targetTypeCode);
    if (source.getId().equals(target.getId())) {
      throw new BusinessRuleViolation(
          "conversion.same-type", "An item is created from an item of another type");
    }
    if (find(source, target).isPresent()) {
      throw new Conflict(
          "conversion.exists",
          "Creating " + target.getName() + " from " + source.getName() + " is allowed already");
    }
    Conversion conversion = new Conversion(source, target);
    em.persist(conversion);
    return conversion;
  }

  /** Replaces the mapping of a pair of types: target field code to source field code. */
  @AuditLogged
  public Map<String, String> remap(
      String sourceTypeCode, String targetTypeCode, @NotNull Map<String, String> sourceByTarget) {
    Conversion conversion =
        conversion(itemTypes.settable(sourceTypeCode), itemTypes.byCode(targetTypeCode));
    FieldMapping chosen =
        FieldMapping.chosen(
            fields.ofType(conversion.getSourceType()),
            fields.ofType(conversion.getTargetType()),
            sourceByTarget);
    conversion.remap(chosen);
    return chosen.byCodes();
  }

  /** Back to filling fields of the same code and kind. */
  @AuditLogged
  public Map<String, String> resetMapping(String sourceTypeCode, String targetTypeCode) {
    Conversion conversion =
        conversion(itemTypes.settable(sourceTypeCode), itemTypes.byCode(targetTypeCode));
    conversion.resetMapping();
    return mappingOf(conversion).byCodes();
  }

  private Item createFrom(Item source, ItemDraft draft) {
    if (draft.typeCode() == null) {
      throw new BusinessRuleViolation("conversion.no-type", "Name the type of the item to create");
    }
    Conversion conversion = conversion(source.getItemType(), itemTypes.byCode(draft.typeCode()));
    Item created = items.create(draft.over(prefill(source, conversion)));
    itemProducts.copy(source, created);
    relations.relate(source, created, RelationKind.CREATED_FROM);
    timeline.createdFrom(created, source, users.current());
    return created;
  }

  private NewItem prefill(Item source, Conversion conversion) {
    ItemType target = conversion.getTargetType();
    Map<String, Object> values = mappingOf(conversion).fill(fieldValues.of(source));
    boolean priced = target.hasAmount();
    return new NewItem(
        target.getCode(),
        null,
        null,
        source.getTitle(),
        priced ? source.getAmount() : null,
        priced ? source.getCurrency() : null,
        source.getResponsible() == null ? null : source.getResponsible().getId(),
        values);
  }

  private Item client(Item lead, ClientChoice choice, String typeCode) {
    if (choice == null) {
      return null;
    }
    if ((choice.existingId() == null) == (choice.create() == null)) {
      throw new BusinessRuleViolation(
          "conversion.client-choice",
          "For the " + typeCode + ", name an existing one or a new one, not both or neither");
    }
    if (choice.existingId() == null) {
      ItemDraft draft = typed(choice.create(), typeCode);
      if (Clients.COMPANY.equals(typeCode) && draft.title() == null) {
        draft = companyName(lead).map(Conversions::companyDraft).orElse(draft);
      }
      return createFrom(lead, draft);
    }
    Item existing = items.find(choice.existingId());
    if (!typeCode.equals(existing.getItemType().getCode())) {
      throw new BusinessRuleViolation(
          "conversion.client-type",
          "'"
              + existing.getTitle()
              + "' is not a "
              + typeCode
              + " but one of "
              + existing.getItemType().getName());
    }
    relations.relate(lead, existing, RelationKind.LINKED);
    return existing;
  }

  private void linkAll(Item one, Item other) {
    if (one != null && other != null) {
      relations.relate(one, other, RelationKind.LINKED);
    }
  }

  private Item lead(long leadId) {
    Item lead = items.find(leadId);
    if (!Clients.LEAD.equals(lead.getItemType().getCode())) {
      throw new BusinessRuleViolation(
          "conversion.not-a-lead", "'" + lead.getTitle() + "' is not a lead");
    }
    return lead;
  }

  private Optional<String> companyName(Item lead) {
    return Optional.ofNullable(fieldValues.of(lead).get(Clients.COMPANY_NAME)).map(String::valueOf);
  }

  private static ItemDraft companyDraft(String name) {
    return new ItemDraft(Clients.COMPANY, null, null, name, null, null, null, null);
  }

  private static ItemDraft typed(ItemDraft draft, String typeCode) {
    if (draft.typeCode() != null && !draft.typeCode().equals(typeCode)) {
      throw new BusinessRuleViolation(
          "conversion.wrong-type", "Expected a " + typeCode + ", not a " + draft.typeCode());
    }
    return draft.ofType(typeCode);
  }

  private FieldMapping mappingOf(Conversion conversion) {
    return conversion.mapping(
        fields.ofType(conversion.getSourceType()), fields.ofType(conversion.getTargetType()));
  }

  private Conversion conversion(ItemType source, ItemType target) {
    return find(source, target)
        .orElseThrow(
            () ->
                new BusinessRuleViolation(
                    "conversion.not-allowed",
                    target.getName() + " are not created from " + source.getName()));
  }

  private Optional<Conversion> find(ItemType source, ItemType target) {
    return em.createNamedQuery(Conversion.BETWEEN, Conversion.class)
        .setParameter("source", source)
        .setParameter("target", target)
        .getResultStream()
        .findFirst();
  }
}
