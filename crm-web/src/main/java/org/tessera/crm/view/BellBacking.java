package org.tessera.crm.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.tessera.crm.activity.boundary.Notifications;
import org.tessera.crm.activity.entity.Notification;

/** The bell in the top bar: the user's notifications, how many are unread, reading them. */
@Named("bell")
@RequestScoped
public class BellBacking {

  /** A notification as the bell lists it, its time in the server's zone. */
  public record Row(long id, Long itemId, String text, LocalDateTime at, boolean unread) {}

  @Inject Notifications notifications;

  private Long unread;
  private List<Row> rows;

  public long getUnread() {
    if (unread == null) {
      unread = notifications.unreadCount();
    }
    return unread;
  }

  /** "3 unread notifications", for screen readers and the tooltip. */
  public String getUnreadText() {
    return Messages.text("layout.unread", getUnread());
  }

  public List<Row> getRows() {
    if (rows == null) {
      rows = notifications.mine().stream().map(BellBacking::row).toList();
    }
    return rows;
  }

  /** Marks the notification read and opens its item, if it has one. */
  public String open(Row row) {
    notifications.read(row.id());
    return row.itemId() == null ? null : "/items/card?faces-redirect=true&id=" + row.itemId();
  }

  public void readAll() {
    notifications.readAll();
    unread = null;
    rows = null;
  }

  private static Row row(Notification notification) {
    return new Row(
        notification.getId(),
        notification.getItemId(),
        notification.getText(),
        notification.getCreatedAt().atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime(),
        notification.getReadAt() == null);
  }
}
