package org.tessera.crm.view.items;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tessera.crm.field.entity.FieldType;
import org.tessera.crm.item.boundary.ItemChanges;
import org.tessera.crm.item.boundary.NewItem;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.view.TypedText;

/**
 * What the user types in the card's edit mode, by field code, turned back into the values the
 * services check (see {@link TypedText}). A money field keeps its currency under "code#currency".
 */
public class CardEdits implements Serializable {

  static final String CURRENCY = "#currency";
  static final String FILE_NAME = "#name";

  private final Map<String, Object> inputs = new HashMap<>();

  void fill(Item item, Map<String, Object> values, Collection<CardField> fields) {
    inputs.clear();
    for (CardField field : fields) {
      if (field.column() == null) {
        fillValue(field, values.get(field.code()));
        inputs.put(field.code() + FILE_NAME, field.fileId() == null ? null : field.text());
      }
    }
    inputs.put("title", item.getTitle());
    inputs.put("amount", item.getAmount() == null ? null : item.getAmount().toPlainString());
    inputs.put("amount" + CURRENCY, item.getCurrency());
    inputs.put(
        "responsible",
        item.getResponsible() == null ? null : item.getResponsible().getId().toString());
  }

  /** Empty inputs for a new item, but for the fields' default values. */
  void fillNew(Map<String, Object> defaults, Collection<CardField> fields) {
    inputs.clear();
    for (CardField field : fields) {
      if (field.column() == null) {
        fillValue(field, defaults.get(field.code()));
      }
    }
  }

  /** A new item as filled in; fields left empty are not sent, so their defaults apply. */
  NewItem newItem(String typeCode, long pipelineId, long stageId, Collection<CardField> shown) {
    ItemChanges filled = changes(shown);
    Map<String, Object> values = new LinkedHashMap<>();
    filled
        .fields()
        .forEach(
            (code, value) -> {
              if (value != null) {
                values.put(code, value);
              }
            });
    return new NewItem(
        typeCode,
        pipelineId,
        stageId,
        filled.title(),
        filled.amount(),
        filled.currency(),
        filled.responsibleId(),
        values);
  }

  /** The item as edited; only the value-table fields shown in the form are sent. */
  ItemChanges changes(Collection<CardField> shown) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (CardField field : shown) {
      if (field.column() == null) {
        values.put(field.code(), value(field));
      }
    }
    String amount = blankToNull(inputs.get("amount"));
    String responsible = blankToNull(inputs.get("responsible"));
    return new ItemChanges(
        (String) inputs.get("title"),
        amount == null ? null : amount(amount),
        amount == null ? null : blankToNull(inputs.get("amount" + CURRENCY)),
        responsible == null ? null : Long.valueOf(responsible),
        values);
  }

  private void fillValue(CardField field, Object value) {
    if (value instanceof Map<?, ?> money) {
      inputs.put(field.code(), ((BigDecimal) money.get("amount")).toPlainString());
      inputs.put(field.code() + CURRENCY, money.get("currency"));
    } else if (value instanceof List<?> several) {
      inputs.put(
          field.code(),
          field.dataType() == FieldType.LIST
              ? several.stream().map(Object::toString).toList()
              : several.stream().map(this::plain).collect(Collectors.joining(", ")));
    } else {
      inputs.put(field.code(), value == null || value instanceof Boolean ? value : plain(value));
    }
  }

  private Object value(CardField field) {
    Object input = inputs.get(field.code());
    if (field.dataType() == FieldType.BOOLEAN) {
      return Boolean.TRUE.equals(input) ? Boolean.TRUE : null;
    }
    if (field.dataType() == FieldType.LIST && field.multiple()) {
      List<?> codes = input instanceof Object[] array ? Arrays.asList(array) : (List<?>) input;
      return codes == null || codes.isEmpty() ? null : codes;
    }
    String text = blankToNull(input);
    if (text == null) {
      return null;
    }
    if (field.dataType() == FieldType.MONEY) {
      return Map.of(
          "amount",
          TypedText.numberOrText(text),
          "currency",
          String.valueOf(inputs.getOrDefault(field.code() + CURRENCY, "")).strip());
    }
    return field.multiple()
        ? TypedText.several(field.dataType(), text)
        : TypedText.one(field.dataType(), text);
  }

  private String plain(Object value) {
    return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
  }

  private static BigDecimal amount(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException notANumber) {
      throw new BusinessRuleViolation("item.amount-invalid", "The amount must be a number");
    }
  }

  private static String blankToNull(Object input) {
    return input == null || input.toString().isBlank() ? null : input.toString().strip();
  }

  public Map<String, Object> getInputs() {
    return inputs;
  }
}
