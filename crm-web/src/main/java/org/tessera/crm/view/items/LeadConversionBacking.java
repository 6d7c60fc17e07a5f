package org.tessera.crm.view.items;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tessera.crm.item.boundary.Items;
import org.tessera.crm.relation.boundary.ClientChoice;
import org.tessera.crm.relation.boundary.Conversions;
import org.tessera.crm.relation.boundary.Converted;
import org.tessera.crm.relation.boundary.ItemDraft;
import org.tessera.crm.relation.boundary.LeadConversion;
import org.tessera.crm.view.Messages;

/**
 * The "Convert" dialog of a lead's card: a deal, and a contact and company that are the known ones
 * when the lead's details point to them, new ones otherwise, or none.
 */
@Named("leadConversion")
@ViewScoped
public class LeadConversionBacking implements Serializable {

  /** What to do about the lead's contact or company. */
  public enum Choice {
    EXISTING,
    NEW,
    NONE
  }

  @Inject Conversions conversions;
  @Inject Items items;
  @Inject CardBacking card;

  private boolean deal = true;
  private String dealTitle;
  private final Client contact = new Client();
  private final Client company = new Client();

  /** One side of the conversion, contact or company, as the dialog edits it. */
  public static class Client implements Serializable {
    private Choice choice = Choice.NONE;
    private Long existingId;
    private String existingTitle;
    private String newTitle;

    void prefill(ClientChoice prefilled, String fallbackTitle, String title) {
      existingId = prefilled == null ? null : prefilled.existingId();
      existingTitle = title;
      choice = existingId != null ? Choice.EXISTING : prefilled == null ? Choice.NONE : Choice.NEW;
      newTitle =
          prefilled != null && prefilled.create() != null && prefilled.create().title() != null
              ? prefilled.create().title()
              : fallbackTitle;
    }

    ClientChoice chosen(String typeCode) {
      return switch (choice) {
        case EXISTING -> existingId == null ? null : ClientChoice.existing(existingId);
        case NEW ->
            ClientChoice.created(
                new ItemDraft(typeCode, null, null, newTitle, null, null, null, null));
        case NONE -> null;
      };
    }

    public Choice getChoice() {
      return choice;
    }

    public void setChoice(Choice choice) {
      this.choice = choice;
    }

    public boolean isKnown() {
      return existingId != null;
    }

    public String getExistingTitle() {
      return existingTitle;
    }

    public String getNewTitle() {
      return newTitle;
    }

    public void setNewTitle(String newTitle) {
      this.newTitle = newTitle;
    }
  }

  public void prepare() {
    LeadConversion prefilled = conversions.prefillLeadConversion(card.getId());
    deal = true;
    dealTitle = card.getTitle();
    contact.prefill(prefilled.contact(), card.getTitle(), titleOf(prefilled.contact()));
    company.prefill(prefilled.company(), null, titleOf(prefilled.company()));
  }

  /** Converts the lead and opens the deal's card (or the client's, without a deal). */
  public String convert() {
    Converted converted =
        conversions.convertLead(
            card.getId(),
            new LeadConversion(
                deal ? new ItemDraft("deal", null, null, dealTitle, null, null, null, null) : null,
                contact.chosen("contact"),
                company.chosen("company")));
    Messages.flash("relation.converted", card.getTitle());
    var opened =
        converted.deal() != null
            ? converted.deal()
            : converted.contact() != null ? converted.contact() : converted.company();
    return CardBacking.outcome(opened.getId());
  }

  private String titleOf(ClientChoice choice) {
    return choice == null || choice.existingId() == null
        ? null
        : items.find(choice.existingId()).getTitle();
  }

  public boolean isDeal() {
    return deal;
  }

  public void setDeal(boolean deal) {
    this.deal = deal;
  }

  public String getDealTitle() {
    return dealTitle;
  }

  public void setDealTitle(String dealTitle) {
    this.dealTitle = dealTitle;
  }

  public Client getContact() {
    return contact;
  }

  public Client getCompany() {
    return company;
  }

  public Choice[] getChoices() {
    return Choice.values();
  }
}
