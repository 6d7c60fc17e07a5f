package org.tessera.crm.shared.entity;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Column values of a native query as the JDBC driver gives them, PostgreSQL's or H2's. */
public final class NativeColumns {

  private NativeColumns() {}

  /** A timestamp with time zone: a {@link Timestamp} from PostgreSQL, an offset one from H2. */
  public static OffsetDateTime offsetDateTime(Object column) {
    return column instanceof Timestamp timestamp
        ? timestamp.toInstant().atOffset(ZoneOffset.UTC)
        : (OffsetDateTime) column;
  }

  /** A bigint, or null. */
  public static Long id(Object column) {
    return column == null ? null : ((Number) column).longValue();
  }
}
