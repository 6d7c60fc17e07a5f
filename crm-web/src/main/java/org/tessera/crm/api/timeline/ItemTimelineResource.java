package org.tessera.crm.api.timeline;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tessera.crm.api.shared.PageView;
import org.tessera.crm.shared.entity.PageRequest;
import org.tessera.crm.timeline.boundary.Timeline;

/** The timeline of one item, newest first, and new comments on it. */
@Path("items/{id}/timeline")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemTimelineResource {

  @Schema(example = "{\"text\": \"Called back, they want a demo on Tuesday\"}")
  public record NewComment(String text) {}

  @EJB Timeline timeline;

  @GET
  public PageView<EntryView> of(
      @PathParam("id") long itemId,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return PageView.of(timeline.of(itemId, new PageRequest(page, size)), EntryView::of);
  }

  @POST
  @Path("comments")
  public Response comment(@PathParam("id") long itemId, @NotNull NewComment comment) {
    return Response.status(Response.Status.CREATED)
        .entity(EntryView.of(timeline.comment(itemId, comment.text())))
        .build();
  }
}
