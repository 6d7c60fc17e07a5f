package org.tessera.crm.export.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tessera.crm.export.control.SpreadsheetTable.Money;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.field.entity.FieldType;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.security.entity.Viewer;
import org.tessera.crm.stage.entity.Stage;

/**
 * The columns an export has for one reader: the item's id, then the fields of its type the reader
 * may see, in the type's order and labelled in the reader's language; and an item's cells in them,
 * typed for the spreadsheet (money with its currency, dates as dates, list entries and users by
 * name). A field the reader may not see has no column, whatever values it is given.
 */
public final class ItemColumns {

  /** The same in English and French. */
  static final String ID = "ID";

  private final List<Field> shown;
  private final Locale locale;
  private final Map<Long, String> userNames;

  private ItemColumns(List<Field> shown, Locale locale, Map<Long, String> userNames) {
    this.shown = shown;
    this.locale = locale;
    this.userNames = userNames;
  }

  /**
   * @param fieldsOfType every field of the item type, in order
   * @param userNames the names of the users that user fields may hold, by id
   */
  public static ItemColumns of(
      List<Field> fieldsOfType, Viewer viewer, Locale locale, Map<Long, String> userNames) {
    return new ItemColumns(
        fieldsOfType.stream().filter(field -> field.isVisibleTo(viewer)).toList(),
        locale,
        userNames);
  }

  public List<String> labels() {
    return Stream.concat(Stream.of(ID), shown.stream().map(field -> field.label(locale))).toList();
  }

  /** The ids of the files the items' file fields hold, to be named in the cells. */
  public Set<Long> fileIds(Collection<Map<String, Object>> valuesOfItems) {
    return shown.stream()
        .filter(field -> field.getDataType() == FieldType.FILE)
        .flatMap(
            field ->
                valuesOfItems.stream()
                    .map(values -> values.get(field.getCode()))
                    .flatMap(ItemColumns::each))
        .map(id -> ((Number) id).longValue())
        .collect(Collectors.toSet());
  }

  /**
   * The item's row.
   *
   * @param stage the item's stage, null for a type without stages
   * @param values the item's field values as the field values service shows them to the reader
   * @param fileNames the names of the files its file fields hold, by id
   */
  public List<Object> cells(
      Item item, Stage stage, Map<String, Object> values, Map<Long, String> fileNames) {
    List<Object> cells = new ArrayList<>(shown.size() + 1);
    cells.add(item.getId());
    for (Field field : shown) {
      cells.add(
          field.getItemColumn() == null
              ? value(field, values.get(field.getCode()), fileNames)
              : column(field, item, stage));
    }
    return cells;
  }

  private static Object column(Field field, Item item, Stage stage) {
    return switch (field.getItemColumn()) {
      case TITLE -> item.getTitle();
      case STAGE -> stage == null ? null : stage.getName();
      case AMOUNT ->
          item.getAmount() == null ? null : new Money(item.getAmount(), item.getCurrency());
      case RESPONSIBLE ->
          item.getResponsible() == null ? null : item.getResponsible().getFullName();
    };
  }

  /** One value, or the list of a field with several values. */
  private Object value(Field field, Object shownValue, Map<Long, String> fileNames) {
    if (shownValue instanceof List<?> several) {
      return several.stream().map(one -> typed(field, one, fileNames)).toList();
    }
    return shownValue == null ? null : typed(field, shownValue, fileNames);
  }

  private Object typed(Field field, Object shownValue, Map<Long, String> fileNames) {
    return switch (field.getDataType()) {
      case MONEY -> {
        Map<?, ?> money = (Map<?, ?>) shownValue;
        yield new Money((BigDecimal) money.get("amount"), (String) money.get("currency"));
      }
      case DATE -> LocalDate.parse((String) shownValue);
      // The time as it was written, as the item list shows it.
      case DATE_TIME -> OffsetDateTime.parse((String) shownValue).toLocalDateTime();
      case LIST -> field.entryLabel((String) shownValue, locale);
      case USER -> named(userNames, shownValue);
      case FILE -> named(fileNames, shownValue);
      default -> shownValue;
    };
  }

  /** The name of a user or file by id; the id when it has none (a user who left). */
  private static Object named(Map<Long, String> names, Object id) {
    String name = names.get(((Number) id).longValue());
    return name == null ? id : name;
  }

  private static Stream<?> each(Object value) {
    if (value == null) {
      return Stream.empty();
    }
    return value instanceof List<?> several ? several.stream() : Stream.of(value);
  }
}
