package org.tessera.crm.view;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tessera.crm.field.entity.FieldType;

/**
 * Text typed into a page turned into a value as the API would send it. Text that does not read as
 * the expected kind goes on unchanged, so that the field's own check names the field in its
 * refusal.
 */
public final class TypedText {

  private static final Set<String> YES = Set.of("true", "yes", "oui", "1");
  private static final Set<String> NO = Set.of("false", "no", "non", "0");

  private TypedText() {}

  /** Several values separated by commas, semicolons or new lines. */
  public static List<Object> several(FieldType type, String text) {
    return Arrays.stream(text.split("[,;\\n]"))
        .map(String::strip)
        .filter(one -> !one.isEmpty())
        .map(one -> one(type, one))
        .toList();
  }

  /** One value; money is written as an amount and a currency, e.g. "12.50 EUR". */
  public static Object one(FieldType type, String text) {
    return switch (type) {
      case INTEGER, DECIMAL, USER, ITEM_LINK, FILE -> numberOrText(text);
      case BOOLEAN -> yesOrNo(text);
      case MONEY -> {
        String[] parts = text.strip().split("\\s+");
        yield parts.length == 2
            ? Map.of("amount", numberOrText(parts[0]), "currency", parts[1].toUpperCase())
            : text;
      }
      default -> text;
    };
  }

  public static Object numberOrText(String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException notANumber) {
      return text;
    }
  }

  private static Object yesOrNo(String text) {
    String word = text.strip().toLowerCase();
    if (YES.contains(word)) {
      return Boolean.TRUE;
    }
    return NO.contains(word) ? Boolean.FALSE : text;
  }
}
