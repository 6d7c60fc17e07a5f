package org.tessera.crm.field.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tessera.crm.audit.boundary.AuditLogged;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.field.entity.FieldOption;
import org.tessera.crm.field.entity.ItemFieldValue;
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.security.entity.Viewer;
import org.tessera.crm.shared.boundary.SettingsCache;
import org.tessera.crm.shared.boundary.SettingsVersion;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.DuplicateName;
import org.tessera.crm.shared.entity.UnknownEntity;
import org.tessera.crm.stage.boundary.Pipelines;
import org.tessera.crm.stage.entity.Stage;

/** The fields of each item type; admins add, change and delete custom fields. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class Fields {

  /** An id no field has, standing in an otherwise empty list. */
  private static final long NO_FIELD = -1;

  private static final int ORDER_STEP = 10;

  @PersistenceContext EntityManager em;
  @EJB ItemTypes itemTypes;
  @EJB Pipelines pipelines;
  @EJB Users users;
  @Inject Event<FieldCreated> created;
  @Inject SettingsCache settings;
  @Inject SettingsVersion settingsVersion;

  public List<Field> ofType(String typeCode) {
    return ofType(itemTypes.byCode(typeCode));
  }

  /** The fields of a type in their order, kept while the settings stay the same. */
  public List<Field> ofType(ItemType type) {
    return settings.get(
        "fields of type " + type.getId(),
        em,
        reader -> {
          List<Field> fields =
              reader
                  .createNamedQuery(Field.OF_TYPE, Field.class)
                  .setParameter("type", type)
                  .getResultList();
          fields.forEach(field -> field.getItemType().getCode());
          return List.copyOf(fields);
        });
  }

  /** The fields of a type the signed-in user may see. */
  public List<Field> visibleOfType(String typeCode) {
    return visibleOfType(itemTypes.byCode(typeCode), users.viewer());
  }

  /** The fields of a type this viewer may see. */
  public List<Field> visibleOfType(ItemType type, Viewer viewer) {
    return ofType(type).stream().filter(f -> f.isVisibleTo(viewer)).toList();
  }

  /**
   * The ids of the type's fields the signed-in user may not see, for queries that leave out what
   * concerns them ({@code not in}): never empty.
   */
  public List<Long> hiddenIdsOfType(ItemType type) {
    Viewer viewer = users.viewer();
    List<Long> hidden = new ArrayList<>(List.of(NO_FIELD));
    ofType(type).stream()
        .filter(field -> !field.isVisibleTo(viewer))
        .forEach(field -> hidden.add(field.getId()));
    return hidden;
  }

  /** A field of a type whose settings the caller may change. */
  private Field settable(long fieldId) {
    settingsVersion.changing();
    Field field = find(fieldId);
    itemTypes.settable(field.getItemType());
    return field;
  }

  public Field find(long fieldId) {
    Field field = em.find(Field.class, fieldId);
    if (field == null) {
      throw new UnknownEntity("Field", fieldId);
    }
    return field;
  }

  @AuditLogged
  public Field create(@NotNull @Valid NewField request) {
    settingsVersion.changing();
    ItemType type = itemTypes.settable(request.type());
    if (ofType(type).stream().anyMatch(f -> f.getCode().equals(request.code()))) {
      throw new DuplicateName("Field code of " + type.getName(), request.code());
    }
    Integer lastOrder =
        em.createNamedQuery(Field.MAX_ORDER, Integer.class)
            .setParameter("type", type)
            .getSingleResult();
    Field field =
        Field.custom(
            type,
            request.code(),
            request.dataType(),
            request.labelEn(),
            request.labelFr(),
            request.multiple(),
            options(request.options()),
            (lastOrder == null ? 0 : lastOrder) + ORDER_STEP);
    field.requireAt(request.requiredEverywhere(), stagesOf(type, request.requiredStageIds()));
    field.defaultTo(request.defaultValue());
    em.persist(field);
    created.fire(new FieldCreated(field));
    return field;
  }

  /** Makes a field required at every stage, at some stages, or nowhere. */
  @AuditLogged
  public Field requireAt(long fieldId, boolean everywhere, Set<Long> stageIds) {
    Field field = settable(fieldId);
    field.requireAt(everywhere, stagesOf(field.getItemType(), stageIds));
    return field;
  }

  /** Tells the field's changes on the timeline of its items, or stops telling them. */
  @AuditLogged
  public Field audit(long fieldId, boolean changesTold) {
    Field field = settable(fieldId);
    field.audit(changesTold);
    return field;
  }

  /** Sets the value new items get for the field, or none (null). */
  @AuditLogged
  public Field defaultTo(long fieldId, Object raw) {
    Field field = settable(fieldId);
    field.defaultTo(raw);
    return field;
  }

  /** Shows a field only to these users and departments (with sub-departments); none: everyone. */
  @AuditLogged
  public Field showOnlyTo(long fieldId, Set<Long> userIds, Set<Long> departmentIds) {
    Field field = settable(fieldId);
    users.requireExisting(userIds, departmentIds);
    field.showOnlyTo(userIds, departmentIds);
    return field;
  }

  /** Deletes a custom field and all its values; system fields can only be hidden. */
  @AuditLogged
  public void delete(long fieldId) {
    Field field = settable(fieldId);
    if (field.isSystem()) {
      throw new BusinessRuleViolation(
          "field.system-not-deletable", "System fields cannot be deleted; hide them instead");
    }
    em.createNamedQuery(ItemFieldValue.DELETE_OF_FIELD)
        .setParameter("field", fieldId)
        .executeUpdate();
    em.remove(field);
  }

  private Set<Long> stagesOf(ItemType type, Set<Long> stageIds) {
    if (stageIds == null || stageIds.isEmpty()) {
      return Set.of();
    }
    Set<Long> ofType =
        type.hasStages()
            ? pipelines.allOfType(type.getCode()).stream()
                .flatMap(p -> p.getStages().stream())
                .map(Stage::getId)
                .collect(Collectors.toSet())
            : Set.of();
    if (!ofType.containsAll(stageIds)) {
      throw new BusinessRuleViolation(
          "field.stage-foreign", "A field can only be required at stages of its own type");
    }
    return stageIds;
  }

  private static List<FieldOption> options(List<NewField.Option> options) {
    return options == null
        ? List.of()
        : options.stream()
            .map(
                o ->
                    new FieldOption(
                        o.code(), o.labelEn(), o.labelFr() == null ? o.labelEn() : o.labelFr()))
            .toList();
  }
}
