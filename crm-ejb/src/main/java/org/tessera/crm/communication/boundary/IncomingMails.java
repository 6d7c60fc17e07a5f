package org.tessera.crm.communication.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tessera.crm.communication.control.CommunicationSettings;
import org.tessera.crm.communication.control.IncomingMail;
import org.tessera.crm.communication.entity.Communication;
import org.tessera.crm.communication.entity.CommunicationChannel;
import org.tessera.crm.field.boundary.FieldValues;
import org.tessera.crm.item.boundary.Items;
import org.tessera.crm.item.boundary.NewItem;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.relation.boundary.Clients;
import org.tessera.crm.relation.boundary.Relations;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.shared.entity.Limits;
import org.tessera.crm.timeline.boundary.Timeline;

/**
 * Logs a mail read from the CRM's mailbox on the items its sender is known by: the contact with
 * that address and every deal linked to it, else the lead with that address, else (if switched on)
 * a new lead made from the mail. Each mail is logged once per item, by its Message-ID.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class IncomingMails {

  private static final String DEAL = "deal";
  private static final String SOURCE_FIELD = "source";
  private static final String SOURCE = "E-mail";

  @PersistenceContext EntityManager em;
  @EJB Items items;
  @EJB FieldValues fieldValues;
  @EJB Relations relations;
  @EJB Timeline timeline;
  @Inject CommunicationSettings settings;

  /**
   * @return whether the mail was logged: not if it was logged before, has no sender, or comes from
   *     a stranger while new leads are not made from mail
   */
  public boolean log(IncomingMail mail) {
    if (mail.fromAddress().isBlank() || alreadyLogged(mail)) {
      return false;
    }
    List<Item> concerned = concernedBy(mail);
    for (Item item : concerned) {
      Communication received =
          Communication.mailReceived(
              item.getId(),
              mail.fromAddress(),
              mail.subject(),
              mail.text(),
              mail.messageId(),
              item.getResponsible(),
              mail.receivedAt());
      em.persist(received);
      timeline.communicated(item, received.summary(), null);
    }
    return !concerned.isEmpty();
  }

  private boolean alreadyLogged(IncomingMail mail) {
    return !mail.messageId().isBlank()
        && em.createNamedQuery(Communication.COUNT_EXTERNAL, Long.class)
                .setParameter("channel", CommunicationChannel.EMAIL)
                .setParameter("externalId", mail.messageId())
                .getSingleResult()
            > 0;
  }

  private List<Item> concernedBy(IncomingMail mail) {
    Optional<Item> contact = holding(Clients.CONTACT, mail.fromAddress());
    if (contact.isPresent()) {
      List<Item> concerned = new ArrayList<>(List.of(contact.get()));
      relations.of(contact.get().getId()).stream()
          .map(relation -> relation.other(contact.get().getId()))
          .filter(other -> DEAL.equals(other.getItemType().getCode()))
          .forEach(concerned::add);
      return concerned;
    }
    Optional<Item> lead = holding(Clients.LEAD, mail.fromAddress());
    if (lead.isPresent()) {
      return List.of(lead.get());
    }
    if (settings.unknownSendersCreateLeads()) {
      return List.of(leadFrom(mail));
    }
    return List.of();
  }

  private Optional<Item> holding(String typeCode, String address) {
    return fieldValues
        .itemsHolding(typeCode, Set.of(Communications.EMAIL_FIELD), Set.of(address))
        .stream()
        .findFirst()
        .map(items::find);
  }

  /** A lead as if a user had typed in the mail: the usual rules of a new item apply. */
  private Item leadFrom(IncomingMail mail) {
    String title =
        mail.subject().isBlank() ? "E-mail from " + mail.fromAddress() : mail.subject().strip();
    return items.create(
        new NewItem(
            Clients.LEAD,
            null,
            null,
            title.length() <= Limits.TITLE ? title : title.substring(0, Limits.TITLE - 1) + "…",
            null,
            null,
            null,
            Map.of(Communications.EMAIL_FIELD, mail.fromAddress(), SOURCE_FIELD, SOURCE)));
  }
}
