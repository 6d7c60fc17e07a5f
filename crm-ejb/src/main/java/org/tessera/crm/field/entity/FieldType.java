package org.tessera.crm.field.entity;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The kinds of value a field holds, each with how a value sent by a client is checked and stored
 * and how a stored value is shown again. Values arrive as JSON-B reads them: strings, numbers,
 * booleans and objects.
 */
public enum FieldType {
  STRING {
    @Override
    StoredValue parse(Object raw) {
      return StoredValue.text(text(raw, 255));
    }
  },
  TEXT {
    @Override
    StoredValue parse(Object raw) {
      return StoredValue.text(text(raw, 4000));
    }
  },
  INTEGER {
    @Override
    StoredValue parse(Object raw) {
      BigDecimal number = number(raw);
      try {
        return StoredValue.number(new BigDecimal(number.toBigIntegerExact()));
      } catch (ArithmeticException fraction) {
        throw new IllegalArgumentException("expected a whole number");
      }
    }

    @Override
    public Object show(StoredValue value) {
      return value.number().longValue();
    }
  },
  DECIMAL {
    @Override
    StoredValue parse(Object raw) {
      return StoredValue.number(decimal(raw));
    }

    @Override
    public Object show(StoredValue value) {
      return value.number().stripTrailingZeros();
    }
  },
  MONEY {
    @Override
    StoredValue parse(Object raw) {
      if (!(raw instanceof Map<?, ?> money)
          || !(money.get("currency") instanceof String currency)
          || !CURRENCY.matcher(currency).matches()) {
        throw new IllegalArgumentException(
            "expected an amount with its currency, e.g. {\"amount\": 12.5, \"currency\": \"EUR\"}");
      }
      return StoredValue.money(decimal(money.get("amount")), currency);
    }

    @Override
    public Object show(StoredValue value) {
      return Map.of("amount", value.number().stripTrailingZeros(), "currency", value.text());
    }
  },
  DATE {
    @Override
    StoredValue parse(Object raw) {
      try {
        return StoredValue.date(LocalDate.parse(text(raw, 10)));
      } catch (DateTimeParseException notADate) {
        throw new IllegalArgumentException("expected a date written 2026-12-31");
      }
    }

    @Override
    public Object show(StoredValue value) {
      return value.date().toString();
    }
  },
  DATE_TIME {
    @Override
    StoredValue parse(Object raw) {
      try {
        return StoredValue.timestamp(OffsetDateTime.parse(text(raw, 40)));
      } catch (DateTimeParseException notADateTime) {
        throw new IllegalArgumentException("expected a date and time written 2026-12-31T14:30:00Z");
      }
    }

    @Override
    public Object show(StoredValue value) {
      return value.timestamp().toString();
    }
  },
  BOOLEAN {
    @Override
    StoredValue parse(Object raw) {
      if (!(raw instanceof Boolean bool)) {
        throw new IllegalArgumentException("expected true or false");
      }
      return StoredValue.bool(bool);
    }

    @Override
    public Object show(StoredValue value) {
      return value.bool();
    }
  },
  /** One entry of the field's list, by its code; the field checks that the entry exists. */
  LIST {
    @Override
    StoredValue parse(Object raw) {
      return StoredValue.text(text(raw, 40));
    }
  },
  USER {
    @Override
    StoredValue parse(Object raw) {
      return StoredValue.ref(id(raw));
    }

    @Override
    public Object show(StoredValue value) {
      return value.ref();
    }
  },
  ITEM_LINK {
    @Override
    StoredValue parse(Object raw) {
      return StoredValue.ref(id(raw));
    }

    @Override
    public Object show(StoredValue value) {
      return value.ref();
    }
  },
  PHONE {
    @Override
    StoredValue parse(Object raw) {
      String phone = text(raw, 30);
      if (!PHONE_NUMBER.matcher(phone).matches()) {
        throw new IllegalArgumentException("expected a phone number, e.g. +33 1 23 45 67 89");
      }
      return StoredValue.text(phone);
    }
  },
  EMAIL {
    @Override
    StoredValue parse(Object raw) {
      String email = text(raw, 254);
      if (!EMAIL_ADDRESS.matcher(email).matches()) {
        throw new IllegalArgumentException("expected an e-mail address, e.g. name@example.com");
      }
      return StoredValue.text(email);
    }
  },
  ADDRESS {
    @Override
    StoredValue parse(Object raw) {
      return StoredValue.text(text(raw, 1000));
    }
  },
  URL {
    @Override
    StoredValue parse(Object raw) {
      String url = text(raw, 2000);
      try {
        URI uri = new URI(url);
        if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
            && uri.getHost() != null) {
          return StoredValue.text(url);
        }
      } catch (java.net.URISyntaxException malformed) {
        // reported below with the same words as a non-web address
      }
      throw new IllegalArgumentException(
          "expected a web address starting with http:// or https://");
    }
  };

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?[0-9][0-9 ()./-]{2,29}");
  private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** Checks one value sent by a client; the message says what was expected. */
  abstract StoredValue parse(Object raw);

  /** The stored value as the API and the pages show it. */
  public Object show(StoredValue value) {
    return value.text();
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

  private static BigDecimal number(Object raw) {
    if (raw instanceof BigDecimal decimal) {
      return decimal;
    }
    if (raw instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    throw new IllegalArgumentException("expected a number");
  }

  private static BigDecimal decimal(Object raw) {
    BigDecimal number = number(raw);
    if (number.abs().compareTo(new BigDecimal("1e15")) >= 0 || number.scale() > 4) {
      throw new IllegalArgumentException(
          "expected a number below 1,000,000,000,000,000 with at most 4 decimals");
    }
    return number;
  }

  private static long id(Object raw) {
    BigDecimal number = number(raw);
    try {
      return number.longValueExact();
    } catch (ArithmeticException notAnId) {
      throw new IllegalArgumentException("expected an id");
    }
  }
}
