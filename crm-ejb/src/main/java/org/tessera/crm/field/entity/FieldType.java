package org.tessera.crm.field.entity;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The kinds of value a field holds, each with how a value sent by a client is checked and stored
 * and how a stored value is shown again. Values arrive as JSON-B reads them: strings, numbers,
 * booleans and objects. A parser throws {@link IllegalArgumentException} saying what it expected.
 */
public enum FieldType {
  STRING(raw -> StoredValue.text(text(raw, 255)), StoredValue::text),
  TEXT(raw -> StoredValue.text(text(raw, 4000)), StoredValue::text),
  INTEGER(FieldType::wholeNumber, value -> value.number().longValue()),
  DECIMAL(raw -> StoredValue.number(decimal(raw)), value -> value.number().stripTrailingZeros()),
  MONEY(
      FieldType::money,
      value -> Map.of("amount", value.number().stripTrailingZeros(), "currency", value.text())),
  DATE(FieldType::date, value -> value.date().toString()),
  DATE_TIME(FieldType::dateTime, value -> value.timestamp().toString()),
  BOOLEAN(FieldType::bool, StoredValue::bool),
  /** One entry of the field's list, by its code; the field checks that the entry exists. */
  LIST(raw -> StoredValue.text(text(raw, 40)), StoredValue::text),
  USER(raw -> StoredValue.ref(id(raw)), StoredValue::ref),
  ITEM_LINK(raw -> StoredValue.ref(id(raw)), StoredValue::ref),
  PHONE(
      raw ->
          StoredValue.text(
              matching(raw, 30, Formats.PHONE, "a phone number, e.g. +33 1 23 45 67 89")),
      StoredValue::text),
  EMAIL(
      raw ->
          StoredValue.text(
              matching(raw, 254, Formats.EMAIL, "an e-mail address, e.g. name@example.com")),
      StoredValue::text),
  ADDRESS(raw -> StoredValue.text(text(raw, 1000)), StoredValue::text),
  URL(raw -> StoredValue.text(webAddress(raw)), StoredValue::text),
  /** An uploaded file, by its id (see POST /files). */
  FILE(raw -> StoredValue.ref(id(raw)), StoredValue::ref);

  /** Kept apart because enum constants cannot refer to their own type's static fields. */
  private static final class Formats {
    static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{2,29}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  }

  private static final BigDecimal DECIMAL_LIMIT = new BigDecimal("1e15");

  private final Function<Object, StoredValue> parser;
  private final Function<StoredValue, Object> shower;

  FieldType(Function<Object, StoredValue> parser, Function<StoredValue, Object> shower) {
    this.parser = parser;
    this.shower = shower;
  }

  /** Checks one value sent by a client; the message says what was expected. */
  StoredValue parse(Object raw) {
    return parser.apply(raw);
  }

  /** The stored value as the API and the pages show it. */
  public Object show(StoredValue value) {
    return shower.apply(value);
  }

  private static String text(Object raw, int maxLength) {
    if (!(raw instanceof String text) || text.isBlank()) {
      throw new IllegalArgumentException("expected a text");
    }
    if (text.length() > maxLength) {
      throw new IllegalArgumentException("expected at most " + maxLength + " characters");
    }
    return text.strip();
  }

  private static String matching(Object raw, int maxLength, Pattern format, String expected) {
    String text = text(raw, maxLength);
    if (!format.matcher(text).matches()) {
      throw new IllegalArgumentException("expected " + expected);
    }
    return text;
  }

  private static String webAddress(Object raw) {
    String url = text(raw, 2000);
    try {
      URI uri = new URI(url);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return url;
      }
    } catch (URISyntaxException malformed) {
      // reported below in the same words as any other address that is not a web address
    }
    throw new IllegalArgumentException("expected a web address starting with http:// or https://");
  }

  private static BigDecimal number(Object raw) {
    if (raw instanceof BigDecimal decimal) {
      return decimal;
    }
    if (raw instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    throw new IllegalArgumentException("expected a number");
  }

  private static StoredValue wholeNumber(Object raw) {
    try {
      return StoredValue.number(new BigDecimal(number(raw).toBigIntegerExact()));
    } catch (ArithmeticException fraction) {
      throw new IllegalArgumentException("expected a whole number");
    }
  }

  private static BigDecimal decimal(Object raw) {
    BigDecimal number = number(raw);
    if (number.abs().compareTo(DECIMAL_LIMIT) >= 0 || number.scale() > 4) {
      throw new IllegalArgumentException(
          "expected a number below 1,000,000,000,000,000 with at most 4 decimals");
    }
    return number;
  }

  private static StoredValue money(Object raw) {
    if (!(raw instanceof Map<?, ?> money)
        || !(money.get("currency") instanceof String currency)
        || !Formats.CURRENCY.matcher(currency).matches()) {
      throw new IllegalArgumentException(
          "expected an amount with its currency, e.g. {\"amount\": 12.5, \"currency\": \"EUR\"}");
    }
    return StoredValue.money(decimal(money.get("amount")), currency);
  }

  private static StoredValue date(Object raw) {
    try {
      return StoredValue.date(LocalDate.parse(text(raw, 10)));
    } catch (DateTimeParseException notADate) {
      throw new IllegalArgumentException("expected a date written 2026-12-31");
    }
  }

  private static StoredValue dateTime(Object raw) {
    try {
      return StoredValue.timestamp(OffsetDateTime.parse(text(raw, 40)));
    } catch (DateTimeParseException notADateTime) {
      throw new IllegalArgumentException("expected a date and time written 2026-12-31T14:30:00Z");
    }
  }

  private static StoredValue bool(Object raw) {
    if (!(raw instanceof Boolean bool)) {
      throw new IllegalArgumentException("expected true or false");
    }
    return StoredValue.bool(bool);
  }

  private static long id(Object raw) {
    try {
      return number(raw).longValueExact();
    } catch (ArithmeticException notAnId) {
      throw new IllegalArgumentException("expected an id");
    }
  }
}
