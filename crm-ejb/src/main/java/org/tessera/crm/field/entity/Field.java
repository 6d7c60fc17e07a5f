package org.tessera.crm.field.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.security.entity.Viewer;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.LikePattern;
import org.tessera.crm.shared.entity.Limits;

/**
 * A field of an item type's card. System fields come with the type and cannot be deleted; custom
 * fields are an admin's. A field checks every value written to it and knows at which stages it must
 * be filled in.
 */
@Entity
// Each field brings five small collections: read them for all fields at once, not field by field.
@NamedQuery(
    name = Field.OF_TYPE,
    query = "select f from Field f where f.itemType = :type order by f.sortOrder, f.id",
    hints = {
      @QueryHint(name = "eclipselink.batch.type", value = "IN"),
      @QueryHint(name = "eclipselink.batch", value = "f.options"),
      @QueryHint(name = "eclipselink.batch", value = "f.defaults"),
      @QueryHint(name = "eclipselink.batch", value = "f.requiredStageIds"),
      @QueryHint(name = "eclipselink.batch", value = "f.visibleToUserIds"),
      @QueryHint(name = "eclipselink.batch", value = "f.visibleToDepartmentIds")
    })
@NamedQuery(name = Field.OF_DATA_TYPE, query = "select f from Field f where f.dataType = :dataType")
@NamedQuery(
    name = Field.MAX_ORDER,
    query = "select max(f.sortOrder) from Field f where f.itemType = :type")
public class Field {

  public static final String OF_TYPE = "Field.ofType";
  private static final Set<FieldType> FILTERABLE =
      EnumSet.of(
          FieldType.STRING,
          FieldType.TEXT,
          FieldType.PHONE,
          FieldType.EMAIL,
          FieldType.ADDRESS,
          FieldType.URL,
          FieldType.LIST,
          FieldType.INTEGER,
          FieldType.DECIMAL,
          FieldType.USER,
          FieldType.ITEM_LINK,
          FieldType.DATE);
  public static final String MAX_ORDER = "Field.maxOrder";
  public static final String OF_DATA_TYPE = "Field.ofDataType";

  @Id
  @SequenceGenerator(name = "field_seq", sequenceName = "field_seq", allocationSize = 50)
  @GeneratedValue(generator = "field_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "item_type_id")
  private ItemType itemType;

  private String code;

  @Column(name = "system_field")
  private boolean system;

  @Enumerated(EnumType.STRING)
  @Column(name = "data_type")
  private FieldType dataType;

  @Column(name = "label_en")
  private String labelEn;

  @Column(name = "label_fr")
  private String labelFr;

  @Column(name = "multiple_values")
  private boolean multiple;

  @Column(name = "required_everywhere")
  private boolean requiredEverywhere;

  /** Whether changes of the field are told on the item's timeline. */
  private boolean audited;

  @Column(name = "sort_order")
  private int sortOrder;

  /** Set when the value lives on the item row (title, stage, amount, responsible). */
  @Enumerated(EnumType.STRING)
  @Column(name = "item_column")
  private ItemColumn itemColumn;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "field_option", joinColumns = @JoinColumn(name = "field_id"))
  @OrderColumn(name = "position")
  private List<FieldOption> options = new ArrayList<>();

  /** The value a new item gets when it is created without one. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "field_default_value", joinColumns = @JoinColumn(name = "field_id"))
  @OrderColumn(name = "position")
  private List<StoredColumns> defaults = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "field_required_stage", joinColumns = @JoinColumn(name = "field_id"))
  @Column(name = "stage_id")
  private Set<Long> requiredStageIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "field_visible_user", joinColumns = @JoinColumn(name = "field_id"))
  @Column(name = "user_id")
  private Set<Long> visibleToUserIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "field_visible_department", joinColumns = @JoinColumn(name = "field_id"))
  @Column(name = "department_id")
  private Set<Long> visibleToDepartmentIds = new HashSet<>();

  protected Field() {}

  private Field(ItemType itemType, String code, FieldType dataType, boolean multiple, int order) {
    this.itemType = itemType;
    this.code = code;
    this.dataType = dataType;
    this.multiple = multiple;
    this.sortOrder = order;
  }

  /** A field an admin adds to a type; a list field needs its entries. */
  public static Field custom(
      ItemType type,
      String code,
      FieldType dataType,
      String labelEn,
      String labelFr,
      boolean multiple,
      List<FieldOption> options,
      int sortOrder) {
    Field field = new Field(type, code, dataType, multiple, sortOrder);
    field.relabel(labelEn, labelFr);
    field.offer(options);
    return field;
  }

  /** The fields every type has on its item row: title, responsible, and stage and amount if any. */
  public static List<Field> coreOf(ItemType type) {
    List<ItemColumn> columns = new ArrayList<>(List.of(ItemColumn.TITLE));
    if (type.hasStages()) {
      columns.add(ItemColumn.STAGE);
    }
    if (type.hasAmount()) {
      columns.add(ItemColumn.AMOUNT);
    }
    columns.add(ItemColumn.RESPONSIBLE);
    return columns.stream()
        .map(
            column -> {
              Field field =
                  new Field(
                      type, column.attribute(), column.dataType(), false, column.ordinal() + 1);
              field.system = true;
              field.itemColumn = column;
              field.requiredEverywhere = column.isAlwaysFilled();
              field.relabel(column.labelEn(), column.labelFr());
              return field;
            })
        .toList();
  }

  public void relabel(String english, String french) {
    this.labelEn = requireLabel(english);
    this.labelFr = french == null || french.isBlank() ? labelEn : requireLabel(french);
  }

  /** The entries of a list field; other fields have none. */
  public void offer(List<FieldOption> entries) {
    List<FieldOption> given = entries == null ? List.of() : entries;
    if (dataType == FieldType.LIST && given.isEmpty()) {
      throw new BusinessRuleViolation("field.list-empty", "A list field needs at least one entry");
    }
    if (dataType != FieldType.LIST && !given.isEmpty()) {
      throw new BusinessRuleViolation("field.options-on-non-list", "Only list fields have entries");
    }
    if (given.stream().map(FieldOption::getCode).distinct().count() != given.size()) {
      throw new BusinessRuleViolation(
          "field.options-duplicate", "List entries need distinct codes");
    }
    options.clear();
    options.addAll(given);
  }

  /**
   * The value new items get when created without one, checked like any value; null for none. The
   * item's own columns have no default here.
   */
  public void defaultTo(Object raw) {
    if (itemColumn != null && raw != null) {
      throw new BusinessRuleViolation(
          "field.default-on-item",
          "Field '" + labelEn + "' belongs to the item and has no default");
    }
    List<StoredValue> parsed = parse(raw);
    defaults.clear();
    parsed.forEach(value -> defaults.add(new StoredColumns(value)));
  }

  /** The default values, none when the field has no default. */
  public List<StoredValue> getDefaults() {
    return defaults.stream().map(StoredColumns::value).toList();
  }

  /** Required at every stage, or only at these stages (ids of the type's stages). */
  public void requireAt(boolean everywhere, Set<Long> stageIds) {
    if (itemColumn != null && itemColumn.isAlwaysFilled()) {
      throw new BusinessRuleViolation(
          "field.requirement-fixed", "Field '" + labelEn + "' is always required");
    }
    this.requiredEverywhere = everywhere;
    requiredStageIds.clear();
    if (!everywhere && stageIds != null) {
      requiredStageIds.addAll(stageIds);
    }
  }

  /** Whether an item must have this field filled in at a stage (null for types without stages). */
  public void audit(boolean changesTold) {
    audited = changesTold;
  }

  public boolean isAudited() {
    return audited;
  }

  public boolean isRequiredAt(Long stageId) {
    return requiredEverywhere || (stageId != null && requiredStageIds.contains(stageId));
  }

  /** Shows the field only to these users and departments; none at all means everyone. */
  public void showOnlyTo(Set<Long> userIds, Set<Long> departmentIds) {
    if (itemColumn != null) {
      throw new BusinessRuleViolation(
          "field.core-always-visible",
          "Field '" + labelEn + "' belongs to the item itself and is visible to everyone");
    }
    visibleToUserIds.clear();
    visibleToDepartmentIds.clear();
    if (userIds != null) {
      visibleToUserIds.addAll(userIds);
    }
    if (departmentIds != null) {
      visibleToDepartmentIds.addAll(departmentIds);
    }
  }

  /**
   * Whether the viewer may see the field and its values: admins always, others when the field is
   * not restricted, names them, or names one of their departments.
   */
  public boolean isVisibleTo(Viewer viewer) {
    return viewer.admin()
        || (visibleToUserIds.isEmpty() && visibleToDepartmentIds.isEmpty())
        || visibleToUserIds.contains(viewer.userId())
        || viewer.departmentIds().stream().anyMatch(visibleToDepartmentIds::contains);
  }

  /**
   * Checks what a client sent for this field: nothing clears it, a list only for a field with
   * several values. The error names the field.
   */
  public List<StoredValue> parse(Object raw) {
    if (raw == null) {
      return List.of();
    }
    List<?> values = raw instanceof List<?> list ? list : List.of(raw);
    if (raw instanceof List<?> && !multiple) {
      throw invalid("expected one value, not a list");
    }
    List<StoredValue> parsed = new ArrayList<>();
    for (Object value : values) {
      try {
        parsed.add(dataType.parse(value));
      } catch (IllegalArgumentException wrong) {
        throw invalid(wrong.getMessage());
      }
    }
    if (dataType == FieldType.LIST) {
      parsed.forEach(this::requireEntry);
    }
    return parsed;
  }

  /**
   * How a filter on this field reads: the JPQL condition on a value row {@code v} with the
   * parameter {@code :fieldValue}, and that parameter, from the text a user typed. Text fields
   * match a piece of their text in any case; others match exactly. The error names the field.
   */
  public FieldCondition condition(String typed) {
    if (!isFilterable()) {
      throw new BusinessRuleViolation(
          "field.not-filterable", "Field '" + labelEn + "' cannot be filtered on");
    }
    String text = typed == null ? "" : typed.strip();
    if (text.isEmpty()) {
      throw invalid("type a value to filter on");
    }
    return switch (dataType) {
      case STRING, TEXT, PHONE, EMAIL, ADDRESS, URL ->
          new FieldCondition("lower(v.stored.text) like :fieldValue", LikePattern.containing(text));
      case LIST -> new FieldCondition("v.stored.text = :fieldValue", text);
      case INTEGER, DECIMAL -> new FieldCondition("v.stored.number = :fieldValue", number(text));
      case USER, ITEM_LINK ->
          new FieldCondition("v.stored.ref = :fieldValue", number(text).longValue());
      case DATE -> new FieldCondition("v.stored.date = :fieldValue", parse(text).get(0).date());
      default ->
          throw new BusinessRuleViolation(
              "field.not-filterable", "Field '" + labelEn + "' cannot be filtered on");
    };
  }

  /** Whether boards can be filtered on the field: value-table fields of a comparable kind. */
  public boolean isFilterable() {
    return itemColumn == null && FILTERABLE.contains(dataType);
  }

  private BigDecimal number(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException notANumber) {
      throw invalid("expected a number");
    }
  }

  /** The stored values as the API shows them: none, one, or a list for a multiple field. */
  public Object show(List<StoredValue> values) {
    if (multiple) {
      return values.stream().map(dataType::show).toList();
    }
    return values.isEmpty() ? null : dataType.show(values.get(0));
  }

  private void requireEntry(StoredValue value) {
    if (options.stream().noneMatch(o -> o.getCode().equals(value.text()))) {
      throw invalid("'" + value.text() + "' is not one of its entries");
    }
  }

  private BusinessRuleViolation invalid(String reason) {
    return new BusinessRuleViolation(
        "field.invalid-value", "Field '" + labelEn + "' (" + code + "): " + reason);
  }

  private static String requireLabel(String label) {
    if (label == null || label.isBlank() || label.length() > Limits.NAME) {
      throw new BusinessRuleViolation(
          "field.label-invalid", "A field label must have 1 to " + Limits.NAME + " characters");
    }
    return label.strip();
  }

  /** The label in the reader's language: French for French readers, English for all others. */
  public String label(Locale reader) {
    return FieldOption.isFrench(reader) ? labelFr : labelEn;
  }

  /** The label of one of a list field's entries in the reader's language; the code if none. */
  public String entryLabel(String entryCode, Locale reader) {
    return options.stream()
        .filter(option -> option.getCode().equals(entryCode))
        .findFirst()
        .map(option -> option.label(reader))
        .orElse(entryCode);
  }

  public Long getId() {
    return id;
  }

  public ItemType getItemType() {
    return itemType;
  }

  public String getCode() {
    return code;
  }

  public boolean isSystem() {
    return system;
  }

  public FieldType getDataType() {
    return dataType;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public String getLabelFr() {
    return labelFr;
  }

  public boolean isMultiple() {
    return multiple;
  }

  public boolean isRequiredEverywhere() {
    return requiredEverywhere;
  }

  public Set<Long> getRequiredStageIds() {
    return Set.copyOf(requiredStageIds);
  }

  public Set<Long> getVisibleToUserIds() {
    return Set.copyOf(visibleToUserIds);
  }

  public Set<Long> getVisibleToDepartmentIds() {
    return Set.copyOf(visibleToDepartmentIds);
  }

  public List<FieldOption> getOptions() {
    return List.copyOf(options);
  }

  /** The item column holding the value, or null when it lives in the value table. */
  public ItemColumn getItemColumn() {
    return itemColumn;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public long getVersion() {
    return version;
  }
}
