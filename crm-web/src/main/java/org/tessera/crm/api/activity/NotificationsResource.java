package org.tessera.crm.api.activity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.tessera.crm.activity.boundary.Notifications;
import org.tessera.crm.activity.boundary.Reminders;
import org.tessera.crm.activity.entity.Notification;

/** The signed-in user's notifications (the bell), and firing due reminders on demand (admins). */
@Path("notifications")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

  public record NotificationView(
      long id, Long itemId, String text, OffsetDateTime createdAt, boolean read) {
    static NotificationView of(Notification notification) {
      return new NotificationView(
          notification.getId(),
          notification.getItemId(),
          notification.getText(),
          notification.getCreatedAt(),
          notification.getReadAt() != null);
    }
  }

  public record Bell(long unread, List<NotificationView> latest) {}

  public record Fired(int fired) {}

  @EJB Notifications notifications;
  @EJB Reminders reminders;

  @GET
  public Bell mine() {
    return new Bell(
        notifications.unreadCount(),
        notifications.mine().stream().map(NotificationView::of).toList());
  }

  @PUT
  @Path("{id}/read")
  public NotificationView read(@PathParam("id") long id) {
    return NotificationView.of(notifications.read(id));
  }

  /** Marks all the user's notifications read. */
  @PUT
  @Path("read")
  public Bell readAll() {
    notifications.readAll();
    return mine();
  }

  /** Fires the reminders that are due now instead of at the next minute. */
  @POST
  @Path("reminders/due")
  public Fired fireDueReminders() {
    return new Fired(reminders.fireDueNow());
  }
}
