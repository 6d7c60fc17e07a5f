package org.tessera.crm.view.items;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.field.entity.FieldType;
import org.tessera.crm.file.boundary.StoredFiles;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.security.entity.User;

/**
 * Puts an item's fields into words for the card, in the reader's language; without an item, offers
 * empty inputs for a new one.
 */
class CardFields {

  private final Item item;
  private final Map<String, Object> values;
  private final Map<Long, String> userNames;
  private final StoredFiles files;
  private final Locale locale;
  private final ResourceBundle messages;

  /**
   * @param userNames the names of the users user fields may hold, by id (see {@link #namesOf})
   */
  CardFields(
      Item item,
      Map<String, Object> values,
      Map<Long, String> userNames,
      StoredFiles files,
      Locale locale,
      ResourceBundle messages) {
    this.files = files;
    this.item = item;
    this.values = values;
    this.userNames = userNames;
    this.locale = locale;
    this.messages = messages;
  }

  /** For the form of a new item. */
  CardFields(Map<Long, String> userNames, Locale locale, ResourceBundle messages) {
    this(null, Map.of(), userNames, null, locale, messages);
  }

  static Map<Long, String> namesOf(List<User> users) {
    return users.stream().collect(Collectors.toMap(User::getId, User::getFullName));
  }

  CardField of(Field field) {
    Long stageId = item.getStage() == null ? null : item.getStage().getId();
    return card(field, text(field), stageId, fileId(field));
  }

  /** The empty input of a field of a new item that goes to this stage. */
  CardField blank(Field field, Long stageId) {
    return card(field, "", stageId, null);
  }

  private CardField card(Field field, String text, Long stageId, Long fileId) {
    return new CardField(
        field.getId(),
        field.getCode(),
        label(field),
        text,
        field.getDataType(),
        field.isMultiple(),
        field.getItemColumn(),
        field.isSystem(),
        field.isRequiredAt(stageId),
        choices(field),
        fileId);
  }

  /** The field's value on this item, in words; empty when it has none. */
  String text(Field field) {
    return field.getItemColumn() == null
        ? text(field, values.get(field.getCode()))
        : columnText(field);
  }

  String label(Field field) {
    return field.label(locale);
  }

  private String columnText(Field field) {
    return switch (field.getItemColumn()) {
      case TITLE -> item.getTitle();
      case STAGE -> item.getStage() == null ? "" : item.getStage().getName();
      case AMOUNT -> item.getAmount() == null ? "" : money(item.getAmount(), item.getCurrency());
      case RESPONSIBLE -> item.getResponsible() == null ? "" : item.getResponsible().getFullName();
    };
  }

  private String text(Field field, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof List<?> several) {
      return several.stream().map(one -> text(field, one)).collect(Collectors.joining(", "));
    }
    return switch (field.getDataType()) {
      case MONEY -> {
        Map<?, ?> money = (Map<?, ?>) value;
        yield money((BigDecimal) money.get("amount"), (String) money.get("currency"));
      }
      case LIST -> optionLabel(field, value.toString());
      case USER -> userNames.getOrDefault(((Number) value).longValue(), value.toString());
      case FILE ->
          files
              .names(List.of(((Number) value).longValue()))
              .getOrDefault(((Number) value).longValue(), value.toString());
      case BOOLEAN -> messages.getString(Boolean.TRUE.equals(value) ? "card.yes" : "card.no");
      case INTEGER, DECIMAL -> NumberFormat.getNumberInstance(locale).format(value);
      default -> value.toString();
    };
  }

  private Long fileId(Field field) {
    Object value = values.get(field.getCode());
    return field.getDataType() == FieldType.FILE && value instanceof Number id
        ? id.longValue()
        : null;
  }

  private List<CardField.Choice> choices(Field field) {
    if (field.getDataType() == FieldType.LIST) {
      return field.getOptions().stream()
          .map(o -> new CardField.Choice(o.getCode(), optionLabel(field, o.getCode())))
          .toList();
    }
    if (field.getDataType() == FieldType.USER) {
      return userNames.entrySet().stream()
          .map(user -> new CardField.Choice(String.valueOf(user.getKey()), user.getValue()))
          .sorted((a, b) -> a.label().compareToIgnoreCase(b.label()))
          .toList();
    }
    return List.of();
  }

  private String optionLabel(Field field, String code) {
    return field.entryLabel(code, locale);
  }

  private String money(BigDecimal amount, String currency) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return format.format(amount) + " " + currency;
  }
}
