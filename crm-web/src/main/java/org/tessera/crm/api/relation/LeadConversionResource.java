package org.tessera.crm.api.relation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.tessera.crm.api.item.ItemView;
import org.tessera.crm.field.boundary.FieldValues;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.relation.boundary.Conversions;
import org.tessera.crm.relation.boundary.Converted;
import org.tessera.crm.relation.boundary.LeadConversion;

/** Converting a lead into a deal, a contact and a company, new or known ones. */
@Path("items/{id}/lead-conversion")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadConversionResource {

  /** What the lead became; parts not asked for are null. */
  public record ConvertedView(ItemView deal, ItemView contact, ItemView company) {}

  @EJB Conversions conversions;
  @EJB FieldValues fieldValues;

  /** What converting would do: known clients matched, new ones prefilled. */
  @GET
  public LeadConversion prefilled(@PathParam("id") long leadId) {
    return conversions.prefillLeadConversion(leadId);
  }

  @POST
  public ConvertedView convert(
      @PathParam("id") long leadId, @NotNull @Valid LeadConversion request) {
    Converted converted = conversions.convertLead(leadId, request);
    return new ConvertedView(
        view(converted.deal()), view(converted.contact()), view(converted.company()));
  }

  private ItemView view(Item item) {
    return item == null ? null : ItemView.of(item, fieldValues.of(item));
  }
}
