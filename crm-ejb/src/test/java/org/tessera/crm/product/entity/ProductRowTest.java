package org.tessera.crm.product.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

class ProductRowTest {

  private static ProductRow row(String price, String quantity, String discount, String tax) {
    return new ProductRow(
        null,
        "Seat",
        new BigDecimal(price),
        new BigDecimal(quantity),
        discount == null ? null : new BigDecimal(discount),
        tax == null ? null : new BigDecimal(tax));
  }

  @Test
  void theNetIsPriceTimesQuantityLessTheDiscountAndTheTaxComesOnTop() {
    ProductRow row = row("240", "3", "10", "20");

    assertEquals(new BigDecimal("648.00"), row.net());
    assertEquals(new BigDecimal("129.60"), row.tax());
    assertEquals(new BigDecimal("777.60"), row.total());
  }

  @Test
  void centsAreRoundedHalfUpPerRow() {
    ProductRow row = row("0.99", "1.5", null, "5.5");

    assertEquals(new BigDecimal("1.49"), row.net());
    assertEquals(new BigDecimal("0.08"), row.tax());
  }

  @Test
  void anItemsTotalAddsItsRowsTotals() {
    List<ProductRow> rows = List.of(row("100", "1", null, "20"), row("50", "2", "50", null));

    assertEquals(new BigDecimal("170.00"), ProductRow.totalOf(rows));
    assertEquals(new BigDecimal("20.00"), ProductRow.taxOf(rows));
    assertEquals(BigDecimal.ZERO, ProductRow.totalOf(List.of()));
  }

  @Test
  void aCopyForAnotherItemKeepsWhatWasSold() {
    ProductRow copy = row("240", "3", "10", "20").copyFor(42, 7);

    assertEquals(7, copy.getPosition());
    assertEquals(new BigDecimal("777.60"), copy.total());
  }

  @Test
  void quantitiesPricesAndPercentagesOutOfRangeAreRefused() {
    assertEquals(
        "product.quantity-invalid",
        assertThrows(BusinessRuleViolation.class, () -> row("1", "0", null, null)).rule());
    assertEquals(
        "product.price-invalid",
        assertThrows(BusinessRuleViolation.class, () -> row("-1", "1", null, null)).rule());
    assertEquals(
        "product.percent-invalid",
        assertThrows(BusinessRuleViolation.class, () -> row("1", "1", "101", null)).rule());
  }
}
