package org.tessera.crm.field.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One value of one field of one item: a row of the typed value table (docs/adr/0001). */
@Entity
@Table(name = "item_field_value")
@IdClass(ItemFieldValue.Key.class)
@NamedQuery(
    name = ItemFieldValue.OF_ITEMS,
    query =
        "select v from ItemFieldValue v where v.itemId in :items"
            + " order by v.itemId, v.fieldId, v.position")
@NamedQuery(
    name = ItemFieldValue.DELETE_OF_ITEM_FIELD,
    query = "delete from ItemFieldValue v where v.itemId = :item and v.fieldId = :field")
@NamedQuery(
    name = ItemFieldValue.COUNT_LACKING_IN_STAGE,
    query =
        "select count(i) from Item i where i.stage = :stage and not exists"
            + " (select v from ItemFieldValue v where v.itemId = i.id and v.fieldId = :field)")
@NamedQuery(
    name = ItemFieldValue.DELETE_OF_FIELD,
    query = "delete from ItemFieldValue v where v.fieldId = :field")
public class ItemFieldValue {

  public static final String OF_ITEMS = "ItemFieldValue.ofItems";
  public static final String DELETE_OF_ITEM_FIELD = "ItemFieldValue.deleteOfItemField";
  public static final String DELETE_OF_FIELD = "ItemFieldValue.deleteOfField";
  public static final String COUNT_LACKING_IN_STAGE = "ItemFieldValue.countLackingInStage";

  @Id
  @Column(name = "item_id")
  private long itemId;

  @Id
  @Column(name = "field_id")
  private long fieldId;

  @Id private int position;

  @Column(name = "text_value")
  private String text;

  @Column(name = "number_value")
  private BigDecimal number;

  @Column(name = "date_value")
  private LocalDate date;

  @Column(name = "timestamp_value")
  private OffsetDateTime timestamp;

  @Column(name = "boolean_value")
  private Boolean bool;

  @Column(name = "ref_id")
  private Long ref;

  protected ItemFieldValue() {}

  public ItemFieldValue(long itemId, long fieldId, int position, StoredValue value) {
    this.itemId = itemId;
    this.fieldId = fieldId;
    this.position = position;
    this.text = value.text();
    this.number = value.number();
    this.date = value.date();
    this.timestamp = value.timestamp();
    this.bool = value.bool();
    this.ref = value.ref();
  }

  public long getItemId() {
    return itemId;
  }

  public long getFieldId() {
    return fieldId;
  }

  public StoredValue value() {
    return new StoredValue(text, number, date, timestamp, bool, ref);
  }

  /** The composite key: item, field and the value's position among the field's values. */
  public static class Key implements Serializable {

    private long itemId;
    private long fieldId;
    private int position;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && key.itemId == itemId
          && key.fieldId == fieldId
          && key.position == position;
    }

    @Override
    public int hashCode() {
      return Objects.hash(itemId, fieldId, position);
    }
  }
}
