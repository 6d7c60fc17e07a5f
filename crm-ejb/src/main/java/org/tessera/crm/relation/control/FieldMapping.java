package org.tessera.crm.relation.control;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.field.entity.FieldOption;
import org.tessera.crm.field.entity.FieldType;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

/**
 * Which field of the source item fills which field of the item created from it. Only fields kept in
 * the value table are mapped: title, amount and responsible travel as the item's own columns. Two
 * fields fit when they hold the same kind of value and a list of values does not go into a field
 * that holds one.
 */
public final class FieldMapping {

  /** Target field to source field, in the target's field order. */
  private final Map<Field, Field> sources;

  private FieldMapping(Map<Field, Field> sources) {
    this.sources = sources;
  }

  /** The default: each target field is filled from the source field of the same code, if fit. */
  public static FieldMapping byCode(List<Field> sourceFields, List<Field> targetFields) {
    Map<String, Field> byCode = mappable(sourceFields).collect(codes());
    Map<Field, Field> sources = new LinkedHashMap<>();
    mappable(targetFields)
        .forEach(
            target ->
                Optional.ofNullable(byCode.get(target.getCode()))
                    .filter(source -> fits(source, target))
                    .ifPresent(source -> sources.put(target, source)));
    return new FieldMapping(sources);
  }

  /** An admin's mapping kept by field ids; fields deleted or changed since are left out. */
  public static FieldMapping edited(
      List<Field> sourceFields, List<Field> targetFields, Map<Long, Long> sourceIdByTargetId) {
    Map<Long, Field> sourceById =
        mappable(sourceFields).collect(Collectors.toMap(Field::getId, Function.identity()));
    Map<Field, Field> sources = new LinkedHashMap<>();
    mappable(targetFields)
        .forEach(
            target ->
                Optional.ofNullable(sourceIdByTargetId.get(target.getId()))
                    .map(sourceById::get)
                    .filter(source -> fits(source, target))
                    .ifPresent(source -> sources.put(target, source)));
    return new FieldMapping(sources);
  }

  /**
   * The mapping an admin chose, target field code to source field code; refused, naming them, for
   * unknown codes and fields that do not fit.
   */
  public static FieldMapping chosen(
      List<Field> sourceFields, List<Field> targetFields, Map<String, String> sourceByTarget) {
    Map<String, Field> sourceByCode = mappable(sourceFields).collect(codes());
    Map<String, Field> targetByCode = mappable(targetFields).collect(codes());
    Map<Field, Field> sources = new LinkedHashMap<>();
    sourceByTarget.forEach(
        (targetCode, sourceCode) -> {
          Field target = known(targetByCode, targetCode, "target");
          Field source = known(sourceByCode, sourceCode, "source");
          if (!fits(source, target)) {
            throw new BusinessRuleViolation(
                "conversion.field-mismatch",
                "Field '"
                    + source.getLabelEn()
                    + "' ("
                    + source.getDataType()
                    + (source.isMultiple() ? ", several values" : "")
                    + ") cannot fill '"
                    + target.getLabelEn()
                    + "' ("
                    + target.getDataType()
                    + ")");
          }
          sources.put(target, source);
        });
    return new FieldMapping(sources);
  }

  /**
   * The new item's field values from the source item's shown values, by code; a list entry the
   * target's list does not offer is left out.
   */
  public Map<String, Object> fill(Map<String, Object> sourceValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    sources.forEach(
        (target, source) -> {
          Object value = sourceValues.get(source.getCode());
          if (value != null && offers(target, value)) {
            values.put(target.getCode(), value);
          }
        });
    return values;
  }

  /** Target field code to source field code. */
  public Map<String, String> byCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    sources.forEach((target, source) -> codes.put(target.getCode(), source.getCode()));
    return codes;
  }

  /** Target field id to source field id, as stored. */
  public Map<Long, Long> asIds() {
    Map<Long, Long> ids = new LinkedHashMap<>();
    sources.forEach((target, source) -> ids.put(target.getId(), source.getId()));
    return ids;
  }

  private static boolean fits(Field source, Field target) {
    return source.getDataType() == target.getDataType()
        && (target.isMultiple() || !source.isMultiple());
  }

  private static boolean offers(Field target, Object value) {
    if (target.getDataType() != FieldType.LIST) {
      return true;
    }
    List<String> entries = target.getOptions().stream().map(FieldOption::getCode).toList();
    return value instanceof Collection<?> many
        ? entries.containsAll(many)
        : entries.contains(Objects.toString(value));
  }

  private static Field known(Map<String, Field> byCode, String code, String side) {
    Field field = byCode.get(code);
    if (field == null) {
      throw new BusinessRuleViolation(
          "conversion.unknown-field", "No " + side + " field '" + code + "' can be mapped");
    }
    return field;
  }

  private static java.util.stream.Stream<Field> mappable(List<Field> fields) {
    return fields.stream().filter(field -> field.getItemColumn() == null);
  }

  private static java.util.stream.Collector<Field, ?, Map<String, Field>> codes() {
    return Collectors.toMap(Field::getCode, Function.identity());
  }
}
