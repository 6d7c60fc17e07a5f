package org.tessera.crm.view.items;

import java.io.Serializable;
import java.util.List;
import org.tessera.crm.field.entity.FieldType;
import org.tessera.crm.field.entity.ItemColumn;

/**
 * A field on the card as the reader sees it.
 *
 * @param text the value in words, empty when not filled in
 * @param column the item column holding it, or null for a value-table field
 * @param required whether it must be filled in at the item's stage
 * @param choices the entries of a list field, or the users of a user field
 * @param fileId the file a single file field holds, to download, or null
 */
public record CardField(
    long id,
    String code,
    String label,
    String text,
    FieldType dataType,
    boolean multiple,
    ItemColumn column,
    boolean system,
    boolean required,
    List<Choice> choices,
    Long fileId)
    implements Serializable {

  /** One thing to pick in a list. */
  public record Choice(String value, String label) implements Serializable {}

  public boolean isEditableHere() {
    return column != ItemColumn.STAGE;
  }
}
