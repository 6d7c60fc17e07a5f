package org.tessera.crm.product.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

/** The checks and rounding of prices, quantities and percentages in product rows. */
final class Money {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Money() {}

  /** Cents, rounded half up. */
  static BigDecimal cents(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  static BigDecimal amount(BigDecimal value) {
    if (value == null || value.signum() < 0) {
      throw new BusinessRuleViolation("product.price-invalid", "A price is zero or more");
    }
    return cents(value);
  }

  static BigDecimal percent(BigDecimal value, String what) {
    BigDecimal given = value == null ? BigDecimal.ZERO : value;
    if (given.signum() < 0 || given.compareTo(HUNDRED) > 0) {
      throw new BusinessRuleViolation(
          "product.percent-invalid", "A " + what + " is between 0 and 100 %");
    }
    return given.setScale(2, RoundingMode.HALF_UP);
  }

  /** The part of the value the percentage is. */
  static BigDecimal share(BigDecimal value, BigDecimal percent) {
    return value.multiply(percent).divide(HUNDRED);
  }
}
