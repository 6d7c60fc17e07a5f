package org.tessera.crm.field.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One value as the value table stores it: exactly one column is used, by the field's type. */
public record StoredValue(
    String text,
    BigDecimal number,
    LocalDate date,
    OffsetDateTime timestamp,
    Boolean bool,
    Long ref) {

  static StoredValue text(String text) {
    return new StoredValue(text, null, null, null, null, null);
  }

  static StoredValue number(BigDecimal number) {
    return new StoredValue(null, number, null, null, null, null);
  }

  static StoredValue money(BigDecimal amount, String currency) {
    return new StoredValue(currency, amount, null, null, null, null);
  }

  static StoredValue date(LocalDate date) {
    return new StoredValue(null, null, date, null, null, null);
  }

  static StoredValue timestamp(OffsetDateTime timestamp) {
    return new StoredValue(null, null, null, timestamp, null, null);
  }

  static StoredValue bool(boolean bool) {
    return new StoredValue(null, null, null, null, bool, null);
  }

  static StoredValue ref(long ref) {
    return new StoredValue(null, null, null, null, null, ref);
  }
}
