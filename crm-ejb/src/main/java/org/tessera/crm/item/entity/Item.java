package org.tessera.crm.item.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.Limits;
import org.tessera.crm.shared.entity.NativeColumns;
import org.tessera.crm.stage.entity.Pipeline;
import org.tessera.crm.stage.entity.Stage;

/** A lead, deal, contact, company, invoice, quote or item of a custom type. */
@Entity
@NamedQuery(
    name = Item.WITH_ITS_PARTS,
    query = "select i from Item i" + Item.ITS_PARTS + " where i.id = :id",
    // No statement at all when the transaction holds the item already.
    hints = @QueryHint(name = "eclipselink.cache-usage", value = "CheckCacheByExactPrimaryKey"))
@NamedQuery(
    name = Item.WITH_ITS_PARTS_AND_STAGE,
    query =
        "select i, s from Item i"
            + Item.ITS_PARTS
            + ", Stage s where i.id = :id and s.id = :stage and s.pipeline = i.pipeline")
@NamedQuery(
    name = Item.COUNT_IN_STAGE,
    query = "select count(i) from Item i where i.stage = :stage")
@NamedQuery(
    name = Item.COUNT_IN_PIPELINE,
    query = "select count(i) from Item i where i.pipeline = :pipeline")
@NamedQuery(
    name = Item.COUNT_BY_STAGE,
    query =
        "select i.stage.id, count(i) from Item i where i.pipeline = :pipeline group by i.stage.id")
@NamedQuery(name = Item.IDS_IN_STAGE, query = "select i.id from Item i where i.stage = :stage")
@NamedQuery(
    name = Item.MOVE_ALL_BETWEEN_STAGES,
    query = "update Item i set i.stage = :to, i.version = i.version + 1 where i.stage = :from")
@NamedQuery(
    name = Item.BY_TITLE,
    query =
        "select i from Item i where i.itemType.code = :type and lower(i.title) = :title"
            + " order by i.id")
public class Item {

  public static final String WITH_ITS_PARTS = "Item.withItsParts";
  public static final String WITH_ITS_PARTS_AND_STAGE = "Item.withItsPartsAndStage";

  // With its author and last editor: the card shows them, and an edit that names the editor
  // reads the one before (EclipseLink compares the old value), else each is one more statement.
  static final String ITS_PARTS =
      " join fetch i.itemType left join fetch i.pipeline left join fetch i.stage"
          + " left join fetch i.responsible left join fetch i.createdBy left join fetch i.updatedBy";
  public static final String COUNT_IN_STAGE = "Item.countInStage";
  public static final String COUNT_IN_PIPELINE = "Item.countInPipeline";
  public static final String COUNT_BY_STAGE = "Item.countByStage";
  public static final String MOVE_ALL_BETWEEN_STAGES = "Item.moveAllBetweenStages";
  public static final String IDS_IN_STAGE = "Item.idsInStage";
  public static final String BY_TITLE = "Item.byTitle";

  /**
   * The columns of {@code item i} that {@link #ofColumns} takes, in its order, for native
   * statements that read whole items.
   */
  public static final String COLUMNS =
      "i.id, i.stage_id, i.title, i.amount, i.currency, i.responsible_id, i.created_by_id,"
          + " i.created_at, i.updated_by_id, i.updated_at, i.repeat_lead, i.priced_by_products,"
          + " i.version";

  /** Where {@link #COLUMNS} hold the ids of users: responsible, author, last editor. */
  private static final int[] USER_COLUMNS = {5, 6, 8};

  @Id
  @SequenceGenerator(name = "item_seq", sequenceName = "item_seq", allocationSize = 50)
  @GeneratedValue(generator = "item_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "item_type_id")
  private ItemType itemType;

  @ManyToOne(fetch = FetchType.LAZY)
  private Pipeline pipeline;

  @ManyToOne(fetch = FetchType.LAZY)
  private Stage stage;

  @NotBlank
  @Size(max = Limits.TITLE)
  private String title;

  private BigDecimal amount;

  @Pattern(regexp = Limits.CURRENCY_PATTERN)
  private String currency;

  @ManyToOne(fetch = FetchType.LAZY)
  private User responsible;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "created_by_id")
  private User createdBy;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "updated_by_id")
  private User updatedBy;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  /** A lead from a client already known as a contact or company (M1: repeat leads). */
  @Column(name = "repeat_lead")
  private boolean repeatLead;

  /** Whether the amount is the sum of the item's product rows. */
  @Column(name = "priced_by_products")
  private boolean pricedByProducts;

  @Version private long version;

  protected Item() {}

  private Item(ItemType itemType, Pipeline pipeline, String title, User author) {
    this.itemType = itemType;
    this.pipeline = pipeline;
    this.stage = pipeline == null ? null : pipeline.initialStage();
    this.title = title;
    this.createdBy = author;
    this.createdAt = OffsetDateTime.now();
    this.updatedBy = author;
    this.updatedAt = createdAt;
  }

  /** A new item of a type with stages enters the pipeline's initial stage. */
  public static Item inPipeline(Pipeline pipeline, String title, User author) {
    Item item = new Item(pipeline.getItemType(), pipeline, title, author);
    item.currency = item.itemType.hasAmount() ? pipeline.getCurrency() : null;
    return item;
  }

  /** A new item of a type without stages, such as a contact or a company. */
  public static Item withoutStages(ItemType type, String title, User author) {
    if (type.hasStages()) {
      throw new IllegalArgumentException(type.getCode() + " items belong to a pipeline");
    }
    return new Item(type, null, title, author);
  }

  /**
   * An item of the pipeline as a native statement reads its {@link #COLUMNS}: detached, with the
   * pipeline, its stage and type as the caller holds them and its users from those given.
   *
   * @param users by id, holding every user {@link #userIds} names in the columns
   */
  public static Item ofColumns(Object[] columns, Pipeline pipeline, Map<Long, User> users) {
    Item item = new Item();
    item.id = NativeColumns.id(columns[0]);
    item.itemType = pipeline.getItemType();
    item.pipeline = pipeline;
    item.stage = pipeline.stage(NativeColumns.id(columns[1]));
    item.title = (String) columns[2];
    item.amount = (BigDecimal) columns[3];
    item.currency = (String) columns[4];
    item.responsible = users.get(NativeColumns.id(columns[5]));
    item.createdBy = users.get(NativeColumns.id(columns[6]));
    item.createdAt = NativeColumns.offsetDateTime(columns[7]);
    item.updatedBy = users.get(NativeColumns.id(columns[8]));
    item.updatedAt = NativeColumns.offsetDateTime(columns[9]);
    item.repeatLead = (Boolean) columns[10];
    item.pricedByProducts = (Boolean) columns[11];
    item.version = NativeColumns.id(columns[12]);
    return item;
  }

  /** The ids of the users that {@link #COLUMNS} name. */
  public static Stream<Long> userIds(Object[] columns) {
    return Arrays.stream(USER_COLUMNS)
        .mapToObj(i -> NativeColumns.id(columns[i]))
        .filter(Objects::nonNull);
  }

  public void retitle(String newTitle) {
    this.title = newTitle;
  }

  /** Amount and currency go together and only on types that have an amount. */
  public void price(BigDecimal newAmount, String newCurrency) {
    if (!itemType.hasAmount() && (newAmount != null || newCurrency != null)) {
      throw new BusinessRuleViolation("item.no-amount", itemType.getName() + " have no amount");
    }
    if (newAmount != null && newAmount.signum() < 0) {
      throw new BusinessRuleViolation("item.amount-negative", "The amount cannot be negative");
    }
    if (pricedByProducts && (newAmount == null || newAmount.compareTo(amount) != 0)) {
      throw new BusinessRuleViolation(
          "item.amount-from-products",
          "The amount of '" + title + "' is the sum of its products; change the products instead");
    }
    this.amount = newAmount;
    if (newCurrency != null) {
      this.currency = newCurrency;
    }
  }

  /** Prices the item by its product rows' total, or frees the amount when it has none left. */
  public void priceByProducts(boolean hasRows, BigDecimal total) {
    if (!itemType.hasAmount()) {
      throw new BusinessRuleViolation("item.no-amount", itemType.getName() + " have no products");
    }
    pricedByProducts = hasRows;
    if (hasRows) {
      amount = total;
    }
  }

  public boolean isPricedByProducts() {
    return pricedByProducts;
  }

  public void assignTo(User user) {
    this.responsible = user;
  }

  /** Moves the item to another stage of its own pipeline. */
  public void moveTo(Stage target) {
    if (pipeline == null || !pipeline.getId().equals(target.getPipeline().getId())) {
      throw new BusinessRuleViolation(
          "item.stage-foreign", "Stage '" + target.getName() + "' is not in this item's pipeline");
    }
    this.stage = target;
  }

  public void touchedBy(User user) {
    this.updatedBy = user;
    this.updatedAt = OffsetDateTime.now();
  }

  public void markRepeatLead() {
    repeatLead = true;
  }

  public boolean isRepeatLead() {
    return repeatLead;
  }

  public Long getId() {
    return id;
  }

  public ItemType getItemType() {
    return itemType;
  }

  public Pipeline getPipeline() {
    return pipeline;
  }

  public Stage getStage() {
    return stage;
  }

  public String getTitle() {
    return title;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }

  public User getResponsible() {
    return responsible;
  }

  public User getCreatedBy() {
    return createdBy;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public User getUpdatedBy() {
    return updatedBy;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
