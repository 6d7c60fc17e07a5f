package org.tessera.crm.form.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.security.entity.Viewer;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.Limits;

/** A form view of one item type's card: its layout, and whom it is for. */
@Entity
@Table(name = "form_view")
@NamedQuery(
    name = FormView.OF_TYPE,
    query = "select v from FormView v where v.itemType = :type order by v.name, v.id")
public class FormView {

  public static final String OF_TYPE = "FormView.ofType";

  @Id
  @SequenceGenerator(name = "form_view_seq", sequenceName = "form_view_seq", allocationSize = 50)
  @GeneratedValue(generator = "form_view_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "item_type_id")
  private ItemType itemType;

  @Enumerated(EnumType.STRING)
  private FormViewKind kind;

  @Column(name = "owner_id")
  private Long ownerId;

  private String name;

  /** Only for the general view: everyone uses it instead of their own view. */
  private boolean forced;

  @Convert(converter = FormLayoutJson.class)
  private FormLayout layout;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "form_view_user", joinColumns = @JoinColumn(name = "view_id"))
  @Column(name = "user_id")
  private Set<Long> assignedUserIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "form_view_department", joinColumns = @JoinColumn(name = "view_id"))
  @Column(name = "department_id")
  private Set<Long> assignedDepartmentIds = new HashSet<>();

  protected FormView() {}

  private FormView(ItemType itemType, FormViewKind kind, FormLayout layout) {
    this.itemType = itemType;
    this.kind = kind;
    this.layout = layout;
  }

  public static FormView general(ItemType type, FormLayout layout) {
    return new FormView(type, FormViewKind.GENERAL, layout);
  }

  public static FormView personal(ItemType type, long ownerId, FormLayout layout) {
    FormView view = new FormView(type, FormViewKind.PERSONAL, layout);
    view.ownerId = ownerId;
    return view;
  }

  public static FormView named(ItemType type, String name, FormLayout layout) {
    FormView view = new FormView(type, FormViewKind.NAMED, layout);
    view.rename(name);
    return view;
  }

  public void rearrange(UnaryOperator<FormLayout> change) {
    layout = change.apply(layout);
  }

  public void rename(String newName) {
    if (kind != FormViewKind.NAMED) {
      throw new BusinessRuleViolation("form.view-unnamed", "Only named views have a name");
    }
    if (newName == null || newName.isBlank() || newName.strip().length() > Limits.NAME) {
      throw new BusinessRuleViolation(
          "form.view-name-invalid", "A view name must have 1 to " + Limits.NAME + " characters");
    }
    name = newName.strip();
  }

  /** Makes the general view everyone's, over their own views, or lets them use their own again. */
  public void force(boolean everyone) {
    if (kind != FormViewKind.GENERAL) {
      throw new BusinessRuleViolation(
          "form.view-not-general", "Only the general view can be set for all users");
    }
    forced = everyone;
  }

  public void assignTo(Set<Long> userIds, Set<Long> departmentIds) {
    if (kind != FormViewKind.NAMED) {
      throw new BusinessRuleViolation(
          "form.view-not-named", "Only named views are assigned to users and departments");
    }
    assignedUserIds.clear();
    assignedDepartmentIds.clear();
    assignedUserIds.addAll(userIds == null ? Set.of() : userIds);
    assignedDepartmentIds.addAll(departmentIds == null ? Set.of() : departmentIds);
  }

  /** A named view assigned to the viewer, directly or through one of their departments. */
  public boolean isAssignedTo(Viewer viewer) {
    return kind == FormViewKind.NAMED
        && (assignedUserIds.contains(viewer.userId())
            || viewer.departmentIds().stream().anyMatch(assignedDepartmentIds::contains));
  }

  public boolean isOwnedBy(Viewer viewer) {
    return kind == FormViewKind.PERSONAL && ownerId == viewer.userId();
  }

  /** Admins arrange the general and named views; each user their own. */
  public boolean isEditableBy(Viewer viewer) {
    return kind == FormViewKind.PERSONAL ? isOwnedBy(viewer) : viewer.admin();
  }

  public Long getId() {
    return id;
  }

  public ItemType getItemType() {
    return itemType;
  }

  public FormViewKind getKind() {
    return kind;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public String getName() {
    return name;
  }

  public boolean isForced() {
    return forced;
  }

  public FormLayout getLayout() {
    return layout;
  }

  public long getVersion() {
    return version;
  }

  public Set<Long> getAssignedUserIds() {
    return Set.copyOf(assignedUserIds);
  }

  public Set<Long> getAssignedDepartmentIds() {
    return Set.copyOf(assignedDepartmentIds);
  }
}
