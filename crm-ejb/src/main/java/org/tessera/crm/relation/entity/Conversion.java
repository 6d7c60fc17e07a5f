package org.tessera.crm.relation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.relation.control.FieldMapping;

/**
 * That items of one type may be created from items of another, and how the new item's fields are
 * filled: by an admin's mapping once edited, otherwise by same code and data type.
 */
@Entity
@Table(name = "conversion")
@NamedQuery(
    name = Conversion.FROM_TYPE,
    query =
        "select c from Conversion c join fetch c.targetType where c.sourceType = :type"
            + " order by c.targetType.sortOrder, c.id")
@NamedQuery(
    name = Conversion.BETWEEN,
    query = "select c from Conversion c where c.sourceType = :source and c.targetType = :target")
@NamedQuery(
    name = Conversion.COUNT_EITHER_WAY,
    query =
        "select count(c) from Conversion c where (c.sourceType = :one and c.targetType = :other)"
            + " or (c.sourceType = :other and c.targetType = :one)")
public class Conversion {

  public static final String FROM_TYPE = "Conversion.fromType";
  public static final String BETWEEN = "Conversion.between";
  public static final String COUNT_EITHER_WAY = "Conversion.countEitherWay";

  @Id
  @SequenceGenerator(name = "conversion_seq", sequenceName = "conversion_seq", allocationSize = 50)
  @GeneratedValue(generator = "conversion_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "source_type_id")
  private ItemType sourceType;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "target_type_id")
  private ItemType targetType;

  @Column(name = "mapping_edited")
  private boolean mappingEdited;

  /** Target field id to source field id; read only when the mapping was edited. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "conversion_field", joinColumns = @JoinColumn(name = "conversion_id"))
  @MapKeyColumn(name = "target_field_id")
  @Column(name = "source_field_id")
  private Map<Long, Long> fieldMap = new HashMap<>();

  @Version private long version;

  protected Conversion() {}

  public Conversion(ItemType sourceType, ItemType targetType) {
    this.sourceType = sourceType;
    this.targetType = targetType;
  }

  /** Which source field fills which target field, for these fields of the two types. */
  public FieldMapping mapping(List<Field> sourceFields, List<Field> targetFields) {
    return mappingEdited
        ? FieldMapping.edited(sourceFields, targetFields, fieldMap)
        : FieldMapping.byCode(sourceFields, targetFields);
  }

  /** Replaces the mapping with the admin's: target field id to source field id. */
  public void remap(FieldMapping mapping) {
    fieldMap.clear();
    fieldMap.putAll(mapping.asIds());
    mappingEdited = true;
  }

  /** Back to mapping by same code and data type. */
  public void resetMapping() {
    fieldMap.clear();
    mappingEdited = false;
  }

  public Long getId() {
    return id;
  }

  public ItemType getSourceType() {
    return sourceType;
  }

  public ItemType getTargetType() {
    return targetType;
  }

  public boolean isMappingEdited() {
    return mappingEdited;
  }

  public long getVersion() {
    return version;
  }
}
