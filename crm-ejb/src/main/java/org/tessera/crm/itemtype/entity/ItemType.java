package org.tessera.crm.itemtype.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tessera.crm.shared.entity.Limits;

/**
 * A kind of item: lead, deal, contact, company, invoice, quote, or a custom type. Types with stages
 * have pipelines; types with an amount carry amount and currency on their items.
 */
@Entity
@Table(name = "item_type")
@NamedQuery(name = ItemType.ALL, query = "select t from ItemType t order by t.sortOrder, t.id")
@NamedQuery(name = ItemType.BY_CODE, query = "select t from ItemType t where t.code = :code")
@NamedQuery(name = ItemType.MAX_ORDER, query = "select max(t.sortOrder) from ItemType t")
public class ItemType {

  public static final String ALL = "ItemType.all";
  public static final String BY_CODE = "ItemType.byCode";
  public static final String MAX_ORDER = "ItemType.maxOrder";

  @Id
  @SequenceGenerator(name = "item_type_seq", sequenceName = "item_type_seq", allocationSize = 50)
  @GeneratedValue(generator = "item_type_seq")
  private Long id;

  @NotBlank
  @Pattern(regexp = Limits.CODE_PATTERN)
  private String code;

  @NotBlank
  @Size(max = Limits.NAME)
  private String name;

  @Column(name = "system_type")
  private boolean system;

  @Column(name = "has_stages")
  private boolean hasStages;

  @Column(name = "has_amount")
  private boolean hasAmount;

  @Column(name = "sort_order")
  private int sortOrder;

  protected ItemType() {}

  private ItemType(String code, String name, boolean hasStages, boolean hasAmount, int sortOrder) {
    this.code = code;
    this.name = name;
    this.hasStages = hasStages;
    this.hasAmount = hasAmount;
    this.sortOrder = sortOrder;
  }

  /** A type an admin defines; system types come with the schema. */
  public static ItemType custom(
      String code, String name, boolean hasStages, boolean hasAmount, int sortOrder) {
    return new ItemType(code, name, hasStages, hasAmount, sortOrder);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public boolean isSystem() {
    return system;
  }

  public boolean hasStages() {
    return hasStages;
  }

  public boolean hasAmount() {
    return hasAmount;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
