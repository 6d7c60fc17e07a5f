package org.tessera.crm.api.timeline;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.tessera.crm.timeline.boundary.Timeline;

/** Changing and deleting comments, by timeline entry id. */
@Path("timeline/{entry}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TimelineEntriesResource {

  public record CommentChange(String text, @NotNull Long version) {}

  @EJB Timeline timeline;

  @PUT
  public EntryView edit(@PathParam("entry") long entryId, @NotNull CommentChange change) {
    return EntryView.of(timeline.editComment(entryId, change.version(), change.text()));
  }

  @DELETE
  public void delete(
      @PathParam("entry") long entryId, @QueryParam("version") @NotNull Long version) {
    timeline.deleteComment(entryId, version);
  }
}
