package org.tessera.crm.field.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The typed columns one value is kept in, in the value table and among a field's defaults. */
@Embeddable
public class StoredColumns {

  @Column(name = "text_value")
  private String text;

  @Column(name = "number_value")
  private BigDecimal number;

  @Column(name = "date_value")
  private LocalDate date;

  @Column(name = "timestamp_value")
  private OffsetDateTime timestamp;

  @Column(name = "boolean_value")
  private Boolean bool;

  @Column(name = "ref_id")
  private Long ref;

  protected StoredColumns() {}

  StoredColumns(StoredValue value) {
    this.text = value.text();
    this.number = value.number();
    this.date = value.date();
    this.timestamp = value.timestamp();
    this.bool = value.bool();
    this.ref = value.ref();
  }

  StoredValue value() {
    return new StoredValue(text, number, date, timestamp, bool, ref);
  }
}
