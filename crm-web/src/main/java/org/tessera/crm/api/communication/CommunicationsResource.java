package org.tessera.crm.api.communication;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.tessera.crm.communication.boundary.Communications;
import org.tessera.crm.communication.boundary.MailboxPoll;

/** One communication marked answered; the CRM's mailbox read now rather than at the next minute. */
@Path("communications")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommunicationsResource {

  @EJB Communications communications;

  @PUT
  @Path("{id}/answered")
  public CommunicationView markAnswered(@PathParam("id") long communicationId) {
    return CommunicationView.of(communications.markAnswered(communicationId));
  }

  /** For admins: reads the unread mail and logs it on the items it concerns. */
  @POST
  @Path("mailbox/poll")
  public MailboxPoll pollMailbox() {
    return communications.pollMailbox();
  }
}
