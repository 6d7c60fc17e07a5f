package org.tessera.crm.form.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.tessera.crm.audit.boundary.AuditLogged;
import org.tessera.crm.field.boundary.FieldCreated;
import org.tessera.crm.field.boundary.Fields;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.form.entity.CardTab;
import org.tessera.crm.form.entity.FormLayout;
import org.tessera.crm.form.entity.FormView;
import org.tessera.crm.form.entity.FormViewChoice;
import org.tessera.crm.form.entity.FormViewKind;
import org.tessera.crm.form.entity.ViewResolution;
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.security.entity.Viewer;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.Forbidden;
import org.tessera.crm.shared.entity.UnknownEntity;

/**
 * The form views of the item card: which one a user gets, and arranging sections, fields and tabs
 * in it. Admins arrange the general and named views, every user their own view.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class FormViews {

  @PersistenceContext EntityManager em;
  @EJB ItemTypes itemTypes;
  @EJB Fields fields;
  @EJB Users users;

  /** The view the signed-in user gets for a type, with the fields they may see. */
  public ResolvedForm forType(String typeCode) {
    ItemType type = itemTypes.byCode(typeCode);
    Viewer viewer = users.viewer();
    ViewResolution views = views(type, viewer);
    FormView view = views.resolve(viewer, chosen(type, viewer));
    return resolved(view, views.allowed(viewer), viewer);
  }

  /** Switches the signed-in user to one of the views they may use. */
  public ResolvedForm choose(String typeCode, long viewId) {
    ItemType type = itemTypes.byCode(typeCode);
    Viewer viewer = users.viewer();
    FormView view = find(viewId);
    if (!views(type, viewer).allowed(viewer).contains(view)) {
      throw new Forbidden("form.view-not-allowed", "This view is not one you may use");
    }
    FormViewChoice choice =
        em.find(FormViewChoice.class, new FormViewChoice.Key(viewer.userId(), type.getId()));
    if (choice == null) {
      em.persist(new FormViewChoice(viewer.userId(), type.getId(), view));
    } else {
      choice.switchTo(view);
    }
    return forType(typeCode);
  }

  /** A form view the signed-in user may use or arrange, laid out with the fields they may see. */
  public ResolvedForm show(long viewId) {
    FormView view = find(viewId);
    Viewer viewer = users.viewer();
    List<FormView> allowed = views(view.getItemType(), viewer).allowed(viewer);
    if (!allowed.contains(view) && !view.isEditableBy(viewer)) {
      throw new Forbidden("form.view-not-allowed", "This view is not one you may use");
    }
    return resolved(view, allowed, viewer);
  }

  /**
   * The view the signed-in user arranges from the card: the one they get if they may change it,
   * otherwise their own view, made from what they see.
   */
  public FormView arrangeableFor(String typeCode) {
    ItemType type = itemTypes.byCode(typeCode);
    Viewer viewer = users.viewer();
    ViewResolution views = views(type, viewer);
    FormView view = views.resolve(viewer, chosen(type, viewer));
    return view.isEditableBy(viewer) ? view : makeMine(typeCode);
  }

  /**
   * Makes the signed-in user's own view a copy of the view they see, so that their changes apply to
   * what is on their screen. They are switched to it only where it would not win by itself (over a
   * view assigned to them), so that a view assigned later still wins. Not while the general view is
   * set for all users.
   */
  public FormView makeMine(String typeCode) {
    ItemType type = itemTypes.byCode(typeCode);
    Viewer viewer = users.viewer();
    ViewResolution views = views(type, viewer);
    if (views.general().isForced()) {
      throw new Forbidden(
          "form.view-locked",
          "An admin set the general view for all users; own views are not in use");
    }
    FormLayout seen = views.resolve(viewer, chosen(type, viewer)).getLayout();
    FormView mine = views.mine();
    if (mine == null) {
      mine = FormView.personal(type, viewer.userId(), seen);
      em.persist(mine);
      em.flush();
    } else {
      mine.rearrange(layout -> seen);
    }
    if (views(type, viewer).resolve(viewer, null) != mine) {
      choose(typeCode, mine.getId());
    }
    return mine;
  }

  public FormView addSection(long viewId, String title) {
    return rearrange(viewId, layout -> layout.addSection(title));
  }

  public FormView renameSection(long viewId, String sectionId, String title) {
    return rearrange(viewId, layout -> layout.renameSection(sectionId, title));
  }

  public FormView moveSection(long viewId, String sectionId, int index) {
    return rearrange(viewId, layout -> layout.moveSection(sectionId, index));
  }

  /** Deletes a section; its fields become hidden and keep their values. */
  public FormView deleteSection(long viewId, String sectionId) {
    return rearrange(viewId, layout -> layout.deleteSection(sectionId));
  }

  /**
   * Shows a field, or moves a shown one, into a section before the field the user sees at {@code
   * index} there (at the end when there is none).
   */
  public FormView placeField(long viewId, long fieldId, String sectionId, int index) {
    FormView view = arrangeable(viewId);
    Set<Long> visible =
        fields.visibleOfType(view.getItemType(), users.viewer()).stream()
            .map(Field::getId)
            .collect(Collectors.toSet());
    if (!visible.contains(fieldId)) {
      throw new UnknownEntity("Field", fieldId);
    }
    view.rearrange(
        layout -> {
          List<Long> others = layout.hideField(fieldId).section(sectionId).fieldIds();
          List<Long> seen = others.stream().filter(visible::contains).toList();
          int at = index >= seen.size() ? others.size() : others.indexOf(seen.get(index));
          return layout.placeField(fieldId, sectionId, Math.max(at, 0));
        });
    return view;
  }

  /** Hides a field in this view; its values stay. */
  public FormView hideField(long viewId, long fieldId) {
    return rearrange(viewId, layout -> layout.hideField(fieldId));
  }

  public FormView arrangeTab(long viewId, CardTab tab, int index, boolean hidden) {
    return rearrange(viewId, layout -> layout.arrangeTab(tab, index, hidden));
  }

  /** Puts the shipped layout back into the general view. */
  @AuditLogged
  public FormView resetGeneral(String typeCode) {
    ItemType type = itemTypes.settable(typeCode);
    FormView general = general(type);
    general.rearrange(layout -> shipped(type));
    return general;
  }

  /** "Set as standard view for all users": the general view over everyone's own view. */
  @AuditLogged
  public FormView setGeneralForEveryone(String typeCode, boolean everyone) {
    FormView general = general(itemTypes.settable(typeCode));
    general.force(everyone);
    return general;
  }

  /** Drops the signed-in user's own view of a type; they get the general view again. */
  public void resetMine(String typeCode) {
    ItemType type = itemTypes.byCode(typeCode);
    Viewer viewer = users.viewer();
    FormView mine = views(type, viewer).mine();
    if (mine != null) {
      em.remove(mine);
    }
  }

  /** A named view, made from the general view, for these users and departments. */
  @AuditLogged
  public FormView createNamed(
      String typeCode, String name, Set<Long> userIds, Set<Long> departmentIds) {
    ItemType type = itemTypes.settable(typeCode);
    users.requireExisting(userIds, departmentIds);
    FormView view = FormView.named(type, name, general(type).getLayout());
    view.assignTo(userIds, departmentIds);
    em.persist(view);
    return view;
  }

  @AuditLogged
  public FormView assign(long viewId, Set<Long> userIds, Set<Long> departmentIds) {
    FormView view = find(viewId);
    itemTypes.settable(view.getItemType());
    users.requireExisting(userIds, departmentIds);
    view.assignTo(userIds, departmentIds);
    return view;
  }

  @AuditLogged
  public void deleteNamed(long viewId) {
    FormView view = find(viewId);
    itemTypes.settable(view.getItemType());
    if (view.getKind() != FormViewKind.NAMED) {
      throw new BusinessRuleViolation(
          "form.view-not-named", "Only named views can be deleted; reset the others");
    }
    em.remove(view);
  }

  public FormView find(long viewId) {
    FormView view = em.find(FormView.class, viewId);
    if (view == null) {
      throw new UnknownEntity("Form view", viewId);
    }
    return view;
  }

  /** A new field shows up at the end of its type's general view. */
  public void showNewField(@Observes FieldCreated created) {
    Field field = created.field();
    general(field.getItemType()).rearrange(layout -> layout.append(field.getId()));
  }

  private FormView rearrange(long viewId, UnaryOperator<FormLayout> change) {
    FormView view = arrangeable(viewId);
    view.rearrange(change);
    return view;
  }

  private FormView arrangeable(long viewId) {
    FormView view = find(viewId);
    if (!view.isEditableBy(users.viewer())) {
      throw new Forbidden("form.view-locked", "You may not change this view");
    }
    return view;
  }

  private ResolvedForm resolved(FormView view, List<FormView> allowed, Viewer viewer) {
    List<Field> visible = fields.visibleOfType(view.getItemType(), viewer);
    Map<Long, Field> byId = visible.stream().collect(Collectors.toMap(Field::getId, f -> f));
    FormLayout layout = view.getLayout().forFields(byId.keySet());
    List<ShownSection> sections =
        layout.sections().stream()
            .map(
                s ->
                    new ShownSection(
                        s.id(), s.title(), s.fieldIds().stream().map(byId::get).toList()))
            .toList();
    Set<Long> shown = layout.shownFieldIds();
    List<Field> hidden = visible.stream().filter(f -> !shown.contains(f.getId())).toList();
    return new ResolvedForm(
        view, allowed, view.isEditableBy(viewer), sections, hidden, layout.tabs());
  }

  private ViewResolution views(ItemType type, Viewer viewer) {
    List<FormView> all =
        em.createNamedQuery(FormView.OF_TYPE, FormView.class)
            .setParameter("type", type)
            .getResultList();
    FormView mine = all.stream().filter(v -> v.isOwnedBy(viewer)).findFirst().orElse(null);
    List<FormView> named = all.stream().filter(v -> v.getKind() == FormViewKind.NAMED).toList();
    return new ViewResolution(general(type, all), mine, named);
  }

  private FormView chosen(ItemType type, Viewer viewer) {
    FormViewChoice choice =
        em.find(FormViewChoice.class, new FormViewChoice.Key(viewer.userId(), type.getId()));
    return choice == null ? null : choice.getView();
  }

  private FormView general(ItemType type) {
    return general(
        type,
        em.createNamedQuery(FormView.OF_TYPE, FormView.class)
            .setParameter("type", type)
            .getResultList());
  }

  /** The general view is made from the shipped layout the first time a type's card is shown. */
  private FormView general(ItemType type, List<FormView> views) {
    return views.stream()
        .filter(v -> v.getKind() == FormViewKind.GENERAL)
        .min(Comparator.comparing(FormView::getId))
        .orElseGet(
            () -> {
              FormView general = FormView.general(type, shipped(type));
              em.persist(general);
              return general;
            });
  }

  private FormLayout shipped(ItemType type) {
    Map<Boolean, List<Long>> byCore =
        fields.ofType(type).stream()
            .collect(
                Collectors.partitioningBy(
                    f -> f.getItemColumn() != null,
                    Collectors.mapping(Field::getId, Collectors.toList())));
    return FormLayout.shipped(byCore.get(true), byCore.get(false));
  }
}
