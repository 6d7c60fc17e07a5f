package org.tessera.crm.field.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
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
    name = ItemFieldValue.COUNT_HOLDING,
    query =
        "select count(v) from ItemFieldValue v where v.fieldId in :fields and v.stored.ref = :ref")
@NamedQuery(
    name = ItemFieldValue.DELETE_OF_FIELD,
    query = "delete from ItemFieldValue v where v.fieldId = :field")
@NamedQuery(
    name = ItemFieldValue.ITEMS_HOLDING_TEXT,
    query =
        "select distinct v.itemId from ItemFieldValue v, Field f where f.id = v.fieldId"
            + " and f.itemType.code = :type and f.code in :fields"
            + " and lower(v.stored.text) in :texts order by v.itemId")
public class ItemFieldValue {

  public static final String OF_ITEMS = "ItemFieldValue.ofItems";
  public static final String ITEMS_HOLDING_TEXT = "ItemFieldValue.itemsHoldingText";
  public static final String DELETE_OF_ITEM_FIELD = "ItemFieldValue.deleteOfItemField";
  public static final String DELETE_OF_FIELD = "ItemFieldValue.deleteOfField";
  public static final String COUNT_HOLDING = "ItemFieldValue.countHolding";
  public static final String COUNT_LACKING_IN_STAGE = "ItemFieldValue.countLackingInStage";

  @Id
  @Column(name = "item_id")
  private long itemId;

  @Id
  @Column(name = "field_id")
  private long fieldId;

  @Id private int position;

  @Embedded private StoredColumns stored;

  protected ItemFieldValue() {}

  public ItemFieldValue(long itemId, long fieldId, int position, StoredValue value) {
    this.itemId = itemId;
    this.fieldId = fieldId;
    this.position = position;
    this.stored = new StoredColumns(value);
  }

  public long getItemId() {
    return itemId;
  }

  public long getFieldId() {
    return fieldId;
  }

  public StoredValue value() {
    return stored.value();
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
