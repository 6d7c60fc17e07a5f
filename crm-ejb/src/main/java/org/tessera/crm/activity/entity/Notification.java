package org.tessera.crm.activity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** Something a user should know about, shown under the bell until read. */
@Entity
@Table(name = "notification")
@NamedQuery(
    name = Notification.OF_USER,
    query = "select n from Notification n where n.userId = :user order by n.id desc")
@NamedQuery(
    name = Notification.UNREAD_COUNT,
    query = "select count(n) from Notification n where n.userId = :user and n.readAt is null")
@NamedQuery(
    name = Notification.READ_ALL,
    query =
        "update Notification n set n.readAt = :at, n.version = n.version + 1"
            + " where n.userId = :user and n.readAt is null")
public class Notification {

  public static final String OF_USER = "Notification.ofUser";
  public static final String UNREAD_COUNT = "Notification.unreadCount";
  public static final String READ_ALL = "Notification.readAll";
  public static final int TEXT_LIMIT = 500;

  @Id
  @SequenceGenerator(
      name = "notification_seq",
      sequenceName = "notification_seq",
      allocationSize = 50)
  @GeneratedValue(generator = "notification_seq")
  private Long id;

  @Column(name = "user_id")
  private long userId;

  @Column(name = "item_id")
  private Long itemId;

  private String text;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  @Version private long version;

  protected Notification() {}

  public Notification(long userId, Long itemId, String text, OffsetDateTime at) {
    this.userId = userId;
    this.itemId = itemId;
    this.text = text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT - 1) + "…";
    this.createdAt = at;
  }

  public void read(OffsetDateTime at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public boolean isFor(long user) {
    return userId == user;
  }

  public Long getId() {
    return id;
  }

  public Long getItemId() {
    return itemId;
  }

  public String getText() {
    return text;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getReadAt() {
    return readAt;
  }
}
