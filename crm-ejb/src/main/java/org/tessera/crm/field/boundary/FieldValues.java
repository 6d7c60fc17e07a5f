package org.tessera.crm.field.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.field.entity.FieldType;
import org.tessera.crm.field.entity.ItemFieldValue;
import org.tessera.crm.field.entity.StoredValue;
import org.tessera.crm.file.entity.StoredFile;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.security.entity.Viewer;
import org.tessera.crm.shared.boundary.TransactionMemo;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.Forbidden;
import org.tessera.crm.shared.entity.UnknownEntity;
import org.tessera.crm.stage.entity.Stage;

/**
 * The values of an item's fields kept in the value table: written checked, read by code. Fields
 * held on the item row (title, stage, amount, responsible) are the item's own business, except for
 * the check that required ones are filled in.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class FieldValues {

  /**
   * The stored values this transaction read, by item id and field id: a stage move checks the
   * required fields and then shows the item, and would otherwise read the same rows twice.
   */
  private record Read(Map<Long, Map<Long, List<StoredValue>>> byItem) {}

  private static final TransactionMemo.Key<Read> READ = new TransactionMemo.Key<>(Read.class);

  @PersistenceContext EntityManager em;
  @EJB Fields fields;
  @EJB Users users;
  @Inject TransactionMemo memo;

  /**
   * The values of several items of one type at once, by item id and field code, leaving out the
   * fields the signed-in user may not see: this is the one place values are read for output.
   */
  public Map<Long, Map<String, Object>> of(List<Item> items) {
    Map<Long, Map<String, Object>> shown = new LinkedHashMap<>();
    if (items.isEmpty()) {
      return shown;
    }
    Viewer viewer = users.viewer();
    List<Field> visible =
        fields.visibleOfType(items.get(0).getItemType(), viewer).stream()
            .filter(f -> f.getItemColumn() == null)
            .toList();
    Map<Long, Map<Long, List<StoredValue>>> stored = stored(items);
    for (Item item : items) {
      Map<String, Object> values = new LinkedHashMap<>();
      Map<Long, List<StoredValue>> ofItem = stored.getOrDefault(item.getId(), Map.of());
      for (Field field : visible) {
        List<StoredValue> fieldValues = ofItem.getOrDefault(field.getId(), List.of());
        if (!fieldValues.isEmpty()) {
          values.put(field.getCode(), field.show(fieldValues));
        }
      }
      shown.put(item.getId(), values);
    }
    return shown;
  }

  /**
   * The ids of the type's items, oldest first, where one of the named fields holds one of the
   * texts, compared without case: e.g. the contacts with a given e-mail address.
   */
  public List<Long> itemsHolding(String typeCode, Set<String> fieldCodes, Set<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery(ItemFieldValue.ITEMS_HOLDING_TEXT, Long.class)
        .setParameter("type", typeCode)
        .setParameter("fields", fieldCodes)
        .setParameter("texts", texts.stream().map(text -> text.toLowerCase(Locale.ROOT)).toList())
        .getResultList();
  }

  public Map<String, Object> of(Item item) {
    return of(List.of(item)).get(item.getId());
  }

  /**
   * Writes the given fields of an item (others keep their values; null clears one), then checks
   * that every field required at the item's stage is filled in.
   */
  public void write(Item item, Map<String, Object> values) {
    if (values != null && !values.isEmpty()) {
      Map<String, Field> byCode =
          fields.ofType(item.getItemType()).stream()
              .collect(Collectors.toMap(Field::getCode, Function.identity()));
      Viewer viewer = users.viewer();
      values.forEach((code, raw) -> replace(item, writable(byCode, code, viewer), raw));
      em.flush();
    }
    requireComplete(item);
  }

  /** Writes the values of a new item: the given ones, and the defaults of the fields not given. */
  public void writeNew(Item item, Map<String, Object> values) {
    Map<String, Object> withDefaults = new LinkedHashMap<>();
    Viewer viewer = users.viewer();
    for (Field field : fields.ofType(item.getItemType())) {
      if (!field.getDefaults().isEmpty() && field.isVisibleTo(viewer)) {
        withDefaults.put(field.getCode(), field.show(field.getDefaults()));
      }
    }
    if (values != null) {
      withDefaults.putAll(values);
    }
    write(item, withDefaults);
  }

  /** Refuses, naming every one of them, when fields required at the item's stage are empty. */
  public void requireComplete(Item item) {
    List<Field> required = requiredAt(item);
    if (required.isEmpty()) {
      return;
    }
    Set<Long> stored = stored(List.of(item)).getOrDefault(item.getId(), Map.of()).keySet();
    List<Field> missing =
        required.stream()
            .filter(
                f ->
                    f.getItemColumn() == null
                        ? !stored.contains(f.getId())
                        : !f.getItemColumn().isFilledOn(item))
            .toList();
    if (missing.isEmpty()) {
      return;
    }
    Viewer viewer = users.viewer();
    List<String> names =
        missing.stream().filter(f -> f.isVisibleTo(viewer)).map(Field::getLabelEn).toList();
    long hidden = missing.size() - names.size();
    throw new BusinessRuleViolation(
        "field.required",
        (item.getStage() == null ? "" : "At stage '" + item.getStage().getName() + "', ")
            + "these fields must be filled in: "
            + String.join(", ", names)
            + (hidden == 0 ? "" : (names.isEmpty() ? "" : " and ") + hidden + " you cannot see"));
  }

  /** The fields an item must have filled in at its stage, in their order. */
  private List<Field> requiredAt(Item item) {
    Long stage = item.getStage() == null ? null : item.getStage().getId();
    return fields.ofType(item.getItemType()).stream().filter(f -> f.isRequiredAt(stage)).toList();
  }

  /**
   * Refuses to move all items of one stage into another (when a stage is deleted) if some of them
   * lack fields required at the target: no path into a stage skips its required fields.
   */
  public void requireCompleteForMove(Stage from, Stage to) {
    List<String> lacking = new ArrayList<>();
    for (Field field : fields.ofType(from.getPipeline().getItemType())) {
      if (field.isRequiredAt(to.getId())) {
        long items = countLacking(from, field);
        if (items > 0) {
          lacking.add(field.getLabelEn() + " (" + items + " items)");
        }
      }
    }
    if (!lacking.isEmpty()) {
      throw new BusinessRuleViolation(
          "field.required",
          "The items cannot move to stage '"
              + to.getName()
              + "', these fields must be filled in first: "
              + String.join(", ", lacking));
    }
  }

  private long countLacking(Stage stage, Field field) {
    if (field.getItemColumn() == null) {
      return em.createNamedQuery(ItemFieldValue.COUNT_LACKING_IN_STAGE, Long.class)
          .setParameter("stage", stage)
          .setParameter("field", field.getId())
          .getSingleResult();
    }
    if (field.getItemColumn().isAlwaysFilled()) {
      return 0;
    }
    return em.createQuery(
            "select count(i) from Item i where i.stage = :stage and i."
                + field.getItemColumn().attribute()
                + " is null",
            Long.class)
        .setParameter("stage", stage)
        .getSingleResult();
  }

  private void replace(Item item, Field field, Object raw) {
    List<StoredValue> parsed = field.parse(raw);
    parsed.forEach(value -> requireTarget(field, value));
    read().byItem().remove(item.getId());
    em.createNamedQuery(ItemFieldValue.DELETE_OF_ITEM_FIELD)
        .setParameter("item", item.getId())
        .setParameter("field", field.getId())
        .executeUpdate();
    for (int position = 0; position < parsed.size(); position++) {
      em.persist(new ItemFieldValue(item.getId(), field.getId(), position, parsed.get(position)));
    }
  }

  /**
   * Whether the signed-in user may read a file: admins, its uploader, and whoever may see a file
   * field that holds it.
   */
  public boolean mayRead(StoredFile file) {
    Viewer viewer = users.viewer();
    if (viewer.admin() || file.isUploadedBy(viewer.userId())) {
      return true;
    }
    List<Long> visibleFileFields =
        em.createNamedQuery(Field.OF_DATA_TYPE, Field.class)
            .setParameter("dataType", FieldType.FILE)
            .getResultStream()
            .filter(f -> f.isVisibleTo(viewer))
            .map(Field::getId)
            .toList();
    return !visibleFileFields.isEmpty()
        && em.createNamedQuery(ItemFieldValue.COUNT_HOLDING, Long.class)
                .setParameter("fields", visibleFileFields)
                .setParameter("ref", file.getId())
                .getSingleResult()
            > 0;
  }

  /**
   * A user, item or file a value points to must exist; a file also must be one the writer may read,
   * so that no one passes on a file they were not shown.
   */
  private void requireTarget(Field field, StoredValue value) {
    try {
      if (field.getDataType() == FieldType.USER) {
        users.find(value.ref());
      } else if (field.getDataType() == FieldType.ITEM_LINK
          && em.find(Item.class, value.ref()) == null) {
        throw new UnknownEntity("Item", value.ref());
      } else if (field.getDataType() == FieldType.FILE) {
        StoredFile file = em.find(StoredFile.class, value.ref());
        if (file == null || !mayRead(file)) {
          throw new UnknownEntity("File", value.ref());
        }
      }
    } catch (UnknownEntity missing) {
      throw new BusinessRuleViolation(
          "field.invalid-value",
          "Field '" + field.getLabelEn() + "' (" + field.getCode() + "): " + missing.getMessage());
    }
  }

  private Map<Long, Map<Long, List<StoredValue>>> stored(List<Item> items) {
    Map<Long, Map<Long, List<StoredValue>>> known = read().byItem();
    List<Long> unread =
        items.stream().map(Item::getId).filter(id -> !known.containsKey(id)).distinct().toList();
    if (!unread.isEmpty()) {
      unread.forEach(id -> known.put(id, new LinkedHashMap<>()));
      em.createNamedQuery(ItemFieldValue.OF_ITEMS, ItemFieldValue.class)
          .setParameter("items", unread)
          .getResultStream()
          .forEach(
              row ->
                  known
                      .get(row.getItemId())
                      .computeIfAbsent(row.getFieldId(), id -> new ArrayList<>())
                      .add(row.value()));
    }
    return known;
  }

  /** What this transaction read so far; outside one, a fresh map that nothing keeps. */
  private Read read() {
    return memo.get(READ, () -> new Read(new HashMap<>()));
  }

  private static Field writable(Map<String, Field> byCode, String code, Viewer viewer) {
    Field field = byCode.get(code);
    if (field == null) {
      throw new BusinessRuleViolation("field.unknown", "There is no field '" + code + "'");
    }
    if (field.getItemColumn() != null) {
      throw new BusinessRuleViolation(
          "field.on-item", "'" + code + "' is a property of the item; send it as such");
    }
    if (!field.isVisibleTo(viewer)) {
      throw new Forbidden(
          "field.not-visible", "You may not see or change the field '" + code + "'");
    }
    return field;
  }
}
