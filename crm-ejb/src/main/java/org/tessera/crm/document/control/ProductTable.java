package org.tessera.crm.document.control;

import java.util.Map;
import java.util.Set;

/**
 * Placeholders of the product table: a table row holding {@code {Product.*}} placeholders is
 * repeated once per product row (and removed when there is none); the totals stand anywhere.
 */
public final class ProductTable {

  public static final String ROW_PREFIX = "Product.";
  public static final String NAME = "Product.Name";
  public static final String QUANTITY = "Product.Quantity";
  public static final String PRICE = "Product.Price";
  public static final String DISCOUNT = "Product.Discount";
  public static final String TAX = "Product.Tax";
  public static final String TOTAL = "Product.Total";
  public static final String TOTAL_OF_ALL = "Products.Total";
  public static final String TAX_OF_ALL = "Products.Tax";

  /** Every placeholder of the product table, for the template check. */
  public static final Set<String> PLACEHOLDERS =
      Set.of(NAME, QUANTITY, PRICE, DISCOUNT, TAX, TOTAL, TOTAL_OF_ALL, TAX_OF_ALL);

  private ProductTable() {}

  /** One product row from texts already formatted, e.g. with {@link DocumentFormats}. */
  public static Map<String, String> row(
      String name, String quantity, String price, String discount, String tax, String total) {
    return Map.of(
        NAME, name, QUANTITY, quantity, PRICE, price, DISCOUNT, discount, TAX, tax, TOTAL, total);
  }
}
