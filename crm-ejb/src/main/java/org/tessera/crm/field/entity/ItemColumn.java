package org.tessera.crm.field.entity;

import java.util.function.Predicate;
import org.tessera.crm.item.entity.Item;

/**
 * A field whose value is a column of the item itself rather than a row of the value table. Title
 * and stage are always filled in, so their requirement is fixed.
 */
public enum ItemColumn {
  TITLE("title", FieldType.STRING, "Title", "Titre", null),
  STAGE("stage", FieldType.STRING, "Stage", "Étape", null),
  AMOUNT("amount", FieldType.MONEY, "Amount", "Montant", item -> item.getAmount() != null),
  RESPONSIBLE(
      "responsible",
      FieldType.USER,
      "Responsible",
      "Responsable",
      item -> item.getResponsible() != null);

  private final String attribute;
  private final FieldType dataType;
  private final String labelEn;
  private final String labelFr;

  /** How to tell it is filled in; null when it always is. */
  private final Predicate<Item> filled;

  ItemColumn(
      String attribute,
      FieldType dataType,
      String labelEn,
      String labelFr,
      Predicate<Item> filled) {
    this.attribute = attribute;
    this.dataType = dataType;
    this.labelEn = labelEn;
    this.labelFr = labelFr;
    this.filled = filled;
  }

  /** The item attribute in JPQL, also the field's code. */
  public String attribute() {
    return attribute;
  }

  public boolean isFilledOn(Item item) {
    return filled == null || filled.test(item);
  }

  public boolean isAlwaysFilled() {
    return filled == null;
  }

  FieldType dataType() {
    return dataType;
  }

  String labelEn() {
    return labelEn;
  }

  String labelFr() {
    return labelFr;
  }
}
