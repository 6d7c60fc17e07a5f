package org.tessera.crm.api.activity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.tessera.crm.activity.boundary.MeetingRooms;
import org.tessera.crm.activity.entity.MeetingRoom;
import org.tessera.crm.shared.entity.Limits;

/** The meeting rooms activities book. */
@Path("rooms")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoomsResource {

  public record RoomView(long id, String name) {
    static RoomView of(MeetingRoom room) {
      return new RoomView(room.getId(), room.getName());
    }
  }

  public record NewRoom(@NotBlank @Size(max = Limits.NAME) String name) {}

  @EJB MeetingRooms rooms;

  @GET
  public List<RoomView> all() {
    return rooms.all().stream().map(RoomView::of).toList();
  }

  @POST
  public Response create(@NotNull @Valid NewRoom room) {
    return Response.status(Response.Status.CREATED)
        .entity(RoomView.of(rooms.create(room.name())))
        .build();
  }

  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") long id) {
    rooms.delete(id);
  }
}
