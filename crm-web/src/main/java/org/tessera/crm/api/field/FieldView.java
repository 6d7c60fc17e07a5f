package org.tessera.crm.api.field;

import java.util.List;
import java.util.Set;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.field.entity.FieldType;

/**
 * A field's metadata as the API shows it.
 *
 * @param onItem whether the value is a property of the item (title, stage, amount, responsible)
 *     rather than an entry of its {@code fields}
 * @param defaultValue what new items get when created without a value, or null
 * @param audited whether its changes are told on the item's timeline
 */
public record FieldView(
    long id,
    String type,
    String code,
    boolean system,
    boolean onItem,
    FieldType dataType,
    String labelEn,
    String labelFr,
    boolean multiple,
    List<OptionView> options,
    boolean requiredEverywhere,
    Set<Long> requiredStageIds,
    Set<Long> visibleToUserIds,
    Set<Long> visibleToDepartmentIds,
    Object defaultValue,
    boolean audited,
    long version) {

  /** An entry of a list field. */
  public record OptionView(String code, String labelEn, String labelFr) {}

  public static FieldView of(Field field) {
    return new FieldView(
        field.getId(),
        field.getItemType().getCode(),
        field.getCode(),
        field.isSystem(),
        field.getItemColumn() != null,
        field.getDataType(),
        field.getLabelEn(),
        field.getLabelFr(),
        field.isMultiple(),
        field.getOptions().stream()
            .map(o -> new OptionView(o.getCode(), o.getLabelEn(), o.getLabelFr()))
            .toList(),
        field.isRequiredEverywhere(),
        field.getRequiredStageIds(),
        field.getVisibleToUserIds(),
        field.getVisibleToDepartmentIds(),
        field.getDefaults().isEmpty() ? null : field.show(field.getDefaults()),
        field.isAudited(),
        field.getVersion());
  }
}
