package org.tessera.crm.view.items;

import java.io.Serializable;
import java.math.BigDecimal;
import org.tessera.crm.product.boundary.ProductLine;
import org.tessera.crm.product.entity.Product;
import org.tessera.crm.product.entity.ProductRow;

/** One product row as the Products tab edits it. */
public class ProductRowInput implements Serializable {

  private Long productId;
  private String name;
  private BigDecimal price;
  private BigDecimal quantity = BigDecimal.ONE;
  private BigDecimal discountPercent;
  private BigDecimal taxRate;
  private BigDecimal total;

  static ProductRowInput of(ProductRow row) {
    ProductRowInput input = new ProductRowInput();
    input.productId = row.getProduct() == null ? null : row.getProduct().getId();
    input.name = row.getName();
    input.price = row.getPrice();
    input.quantity = row.getQuantity();
    input.discountPercent = row.getDiscountPercent();
    input.taxRate = row.getTaxRate();
    input.total = row.total();
    return input;
  }

  static ProductRowInput of(Product product) {
    ProductRowInput input = new ProductRowInput();
    input.productId = product.getId();
    input.name = product.getName();
    input.price = product.getPrice();
    input.taxRate = product.getTaxRate();
    return input;
  }

  ProductLine line() {
    return new ProductLine(productId, name, price, quantity, discountPercent, taxRate);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public void setQuantity(BigDecimal quantity) {
    this.quantity = quantity;
  }

  public BigDecimal getDiscountPercent() {
    return discountPercent;
  }

  public void setDiscountPercent(BigDecimal discountPercent) {
    this.discountPercent = discountPercent;
  }

  public BigDecimal getTaxRate() {
    return taxRate;
  }

  public void setTaxRate(BigDecimal taxRate) {
    this.taxRate = taxRate;
  }

  /** The saved row's total, taxes included; null until saved. */
  public BigDecimal getTotal() {
    return total;
  }
}
