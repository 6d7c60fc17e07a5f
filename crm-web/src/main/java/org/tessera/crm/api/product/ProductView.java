package org.tessera.crm.api.product;

import java.math.BigDecimal;
import org.tessera.crm.product.entity.Product;

/** A catalogue product as the API shows it. */
public record ProductView(
    long id,
    String name,
    BigDecimal price,
    String currency,
    BigDecimal taxRate,
    boolean active,
    long version) {

  static ProductView of(Product product) {
    return new ProductView(
        product.getId(),
        product.getName(),
        product.getPrice(),
        product.getCurrency(),
        product.getTaxRate(),
        product.isActive(),
        product.getVersion());
  }
}
