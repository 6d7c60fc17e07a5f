package org.tessera.crm.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.tessera.crm.security.entity.User;

/** One field of an item changed from one value to another, in words, by someone at some time. */
@Entity
@Table(name = "item_change")
@NamedQuery(
    name = ItemChange.OF_ITEM,
    query =
        "select c from ItemChange c left join fetch c.user where c.itemId = :item"
            + " and (c.fieldId is null or c.fieldId not in :hiddenFields)"
            + " order by c.changedAt desc, c.id")
@NamedQuery(
    name = ItemChange.COUNT_OF_ITEM,
    query =
        "select count(c) from ItemChange c where c.itemId = :item"
            + " and (c.fieldId is null or c.fieldId not in :hiddenFields)")
public class ItemChange {

  public static final String OF_ITEM = "ItemChange.ofItem";
  public static final String COUNT_OF_ITEM = "ItemChange.countOfItem";

  /** Values are cut to this many characters; the History tells a change, not a copy. */
  public static final int MOST_VALUE = 1000;

  @Id
  @SequenceGenerator(name = "item_change_seq", sequenceName = "change_seq", allocationSize = 50)
  @GeneratedValue(generator = "item_change_seq")
  private Long id;

  @Column(name = "item_id")
  private long itemId;

  @Column(name = "changed_at")
  private OffsetDateTime changedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id")
  private User user;

  @Column(name = "field_id")
  private Long fieldId;

  private String label;

  @Column(name = "old_value")
  private String oldValue;

  @Column(name = "new_value")
  private String newValue;

  protected ItemChange() {}

  public ItemChange(
      long itemId,
      OffsetDateTime changedAt,
      User user,
      Long fieldId,
      String label,
      String oldValue,
      String newValue) {
    this.itemId = itemId;
    this.changedAt = changedAt;
    this.user = user;
    this.fieldId = fieldId;
    this.label = label;
    this.oldValue = cut(oldValue);
    this.newValue = cut(newValue);
  }

  private static String cut(String value) {
    return value == null || value.length() <= MOST_VALUE ? value : value.substring(0, MOST_VALUE);
  }

  public Long getId() {
    return id;
  }

  public long getItemId() {
    return itemId;
  }

  public OffsetDateTime getChangedAt() {
    return changedAt;
  }

  public User getUser() {
    return user;
  }

  public Long getFieldId() {
    return fieldId;
  }

  public String getLabel() {
    return label;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }
}
