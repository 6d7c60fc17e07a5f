package org.tessera.crm.product.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** Something sold, with its list price and tax rate; rows copy them so later changes keep deals. */
@Entity
@Table(name = "product")
@NamedQuery(name = Product.ALL, query = "select p from Product p order by p.name, p.id")
@NamedQuery(
    name = Product.ACTIVE,
    query = "select p from Product p where p.active = true order by p.name, p.id")
public class Product {

  public static final String ALL = "Product.all";
  public static final String ACTIVE = "Product.active";

  @Id
  @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
  @GeneratedValue(generator = "product_seq")
  private Long id;

  private String name;
  private BigDecimal price;
  private String currency;

  @Column(name = "tax_rate")
  private BigDecimal taxRate;

  private boolean active;

  @Version private long version;

  protected Product() {}

  public Product(String name, BigDecimal price, String currency, BigDecimal taxRate) {
    describe(name, price, currency, taxRate);
    this.active = true;
  }

  public void describe(String newName, BigDecimal newPrice, String newCurrency, BigDecimal rate) {
    this.name = newName;
    this.price = Money.amount(newPrice);
    this.currency = newCurrency;
    this.taxRate = Money.percent(rate, "tax rate");
  }

  public void activate(boolean offered) {
    this.active = offered;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public String getCurrency() {
    return currency;
  }

  public BigDecimal getTaxRate() {
    return taxRate;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
