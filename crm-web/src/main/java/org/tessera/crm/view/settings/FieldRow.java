package org.tessera.crm.view.settings;

import java.io.Serializable;
import java.util.Locale;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.field.entity.FieldType;

/** One field as the field settings list shows it. */
public record FieldRow(
    long id,
    String code,
    String label,
    FieldType dataType,
    boolean multiple,
    boolean system,
    boolean requiredEverywhere,
    int requiredStages,
    boolean restricted)
    implements Serializable {

  static FieldRow of(Field field, Locale locale) {
    return new FieldRow(
        field.getId(),
        field.getCode(),
        field.label(locale),
        field.getDataType(),
        field.isMultiple(),
        field.isSystem(),
        field.isRequiredEverywhere(),
        field.getRequiredStageIds().size(),
        !field.getVisibleToUserIds().isEmpty() || !field.getVisibleToDepartmentIds().isEmpty());
  }
}
