package org.tessera.crm.product.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

/**
 * A product on an item: its name, price and tax rate as sold (copied from the catalogue, then the
 * item's own), a quantity and a discount. Net = price × quantity − discount; total = net + tax.
 */
@Entity
@Table(name = "item_product")
@NamedQuery(
    name = ProductRow.OF_ITEM,
    query = "select r from ProductRow r where r.itemId = :item order by r.position")
@NamedQuery(
    name = ProductRow.DELETE_OF_ITEM,
    query = "delete from ProductRow r where r.itemId = :item")
public class ProductRow {

  public static final String OF_ITEM = "ProductRow.ofItem";
  public static final String DELETE_OF_ITEM = "ProductRow.deleteOfItem";

  @Id
  @SequenceGenerator(
      name = "item_product_seq",
      sequenceName = "item_product_seq",
      allocationSize = 50)
  @GeneratedValue(generator = "item_product_seq")
  private Long id;

  @Column(name = "item_id")
  private long itemId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "product_id")
  private Product product;

  private int position;
  private String name;
  private BigDecimal price;
  private BigDecimal quantity;

  @Column(name = "discount_percent")
  private BigDecimal discountPercent;

  @Column(name = "tax_rate")
  private BigDecimal taxRate;

  protected ProductRow() {}

  /**
   * @param product the catalogue product it was chosen from, or null for a free text row
   */
  public ProductRow(
      Product product,
      String name,
      BigDecimal price,
      BigDecimal quantity,
      BigDecimal discountPercent,
      BigDecimal taxRate) {
    if (quantity == null || quantity.signum() <= 0) {
      throw new BusinessRuleViolation(
          "product.quantity-invalid", "The quantity of '" + name + "' must be more than 0");
    }
    this.product = product;
    this.name = name;
    this.price = Money.amount(price);
    this.quantity = quantity;
    this.discountPercent = Money.percent(discountPercent, "discount");
    this.taxRate = Money.percent(taxRate, "tax rate");
  }

  /** The same row on another item, e.g. an invoice created from a deal. */
  public ProductRow copyFor(long otherItemId, int atPosition) {
    ProductRow copy = new ProductRow(product, name, price, quantity, discountPercent, taxRate);
    return copy.placeOn(otherItemId, atPosition);
  }

  public ProductRow placeOn(long onItemId, int atPosition) {
    this.itemId = onItemId;
    this.position = atPosition;
    return this;
  }

  public BigDecimal net() {
    BigDecimal gross = price.multiply(quantity);
    return Money.cents(gross.subtract(Money.share(gross, discountPercent)));
  }

  public BigDecimal tax() {
    return Money.cents(Money.share(net(), taxRate));
  }

  public BigDecimal total() {
    return net().add(tax());
  }

  /** What the client pays for all the rows, taxes included. */
  public static BigDecimal totalOf(List<ProductRow> rows) {
    return rows.stream().map(ProductRow::total).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public static BigDecimal taxOf(List<ProductRow> rows) {
    return rows.stream().map(ProductRow::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public Long getId() {
    return id;
  }

  public Product getProduct() {
    return product;
  }

  public String getName() {
    return name;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public BigDecimal getDiscountPercent() {
    return discountPercent;
  }

  public BigDecimal getTaxRate() {
    return taxRate;
  }

  public int getPosition() {
    return position;
  }
}
