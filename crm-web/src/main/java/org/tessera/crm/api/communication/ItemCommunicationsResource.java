package org.tessera.crm.api.communication;

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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.tessera.crm.communication.boundary.CallLog;
import org.tessera.crm.communication.boundary.Communications;
import org.tessera.crm.communication.boundary.EmailRequest;
import org.tessera.crm.communication.boundary.MessageRequest;
import org.tessera.crm.communication.entity.Communication;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

/**
 * The calls, e-mails and messages of one item, the newest first; calls logged, e-mails and messages
 * sent and messenger invitations made from it. What the CRM could not send is kept, failed, on the
 * item, and the call answers 422 with rule {@code communication.send-failed} and the reason.
 */
@Path("items/{id}/communications")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ItemCommunicationsResource {

  @EJB Communications communications;

  @GET
  public List<CommunicationView> of(@PathParam("id") long itemId) {
    return communications.ofItem(itemId).stream().map(CommunicationView::of).toList();
  }

  @POST
  @Path("calls")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response logCall(@PathParam("id") long itemId, @NotNull @Valid CallLog call) {
    return created(communications.logCall(itemId, call));
  }

  @POST
  @Path("emails")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response sendEmail(@PathParam("id") long itemId, @NotNull @Valid EmailRequest email) {
    return created(sentOrRefused(communications.sendEmail(itemId, email)));
  }

  @POST
  @Path("messages")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response sendMessage(
      @PathParam("id") long itemId, @NotNull @Valid MessageRequest message) {
    return created(sentOrRefused(communications.sendMessage(itemId, message)));
  }

  @POST
  @Path("messenger-invitations")
  public Response inviteToMessenger(@PathParam("id") long itemId) {
    return created(communications.inviteToMessenger(itemId));
  }

  /** The failed communication is committed by now; only the answer tells the client it failed. */
  private static Communication sentOrRefused(Communication communication) {
    if (communication.isFailed()) {
      throw new BusinessRuleViolation("communication.send-failed", communication.summary());
    }
    return communication;
  }

  private static Response created(Communication communication) {
    return Response.status(Response.Status.CREATED)
        .entity(CommunicationView.of(communication))
        .build();
  }
}
