package org.tessera.crm.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.Limits;

/**
 * A set of permissions, held by chosen users, by the members of chosen departments (and of the
 * departments below them), or by everyone. A permission for a type beats the role's permission for
 * every type ({@link Permission#EVERY_TYPE}); without either the role allows nothing.
 */
@Entity
@Table(name = "access_role")
@NamedQuery(
    name = AccessRole.ALL,
    query = "select r from AccessRole r order by r.name",
    hints = {
      @QueryHint(name = "eclipselink.batch", value = "r.permissions"),
      @QueryHint(name = "eclipselink.batch", value = "r.userIds"),
      @QueryHint(name = "eclipselink.batch", value = "r.departmentIds")
    })
@NamedQuery(
    name = AccessRole.BY_NAME,
    query = "select r from AccessRole r where lower(r.name) = lower(:name)")
public class AccessRole {

  public static final String ALL = "AccessRole.all";
  public static final String BY_NAME = "AccessRole.byName";

  @Id
  @SequenceGenerator(
      name = "access_role_seq",
      sequenceName = "access_role_seq",
      allocationSize = 50)
  @GeneratedValue(generator = "access_role_seq")
  private Long id;

  @NotBlank
  @Size(max = Limits.NAME)
  private String name;

  @Column(name = "for_everyone")
  private boolean forEveryone;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "access_role_permission", joinColumns = @JoinColumn(name = "role_id"))
  private List<Permission> permissions = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "access_role_user", joinColumns = @JoinColumn(name = "role_id"))
  @Column(name = "user_id")
  private Set<Long> userIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "access_role_department", joinColumns = @JoinColumn(name = "role_id"))
  @Column(name = "department_id")
  private Set<Long> departmentIds = new HashSet<>();

  @Version private long version;

  protected AccessRole() {}

  public AccessRole(String name) {
    this.name = name;
  }

  public void rename(String name) {
    this.name = name;
  }

  /**
   * Sets the scope of an action on a type, or on every type without a line of its own. The settings
   * of a type concern no item: they are allowed or not ({@link Scope#ALL} or none).
   */
  public void permit(String typeCode, Action action, Scope scope) {
    if (action == Action.SETTINGS && scope != Scope.ALL && scope != Scope.NONE) {
      throw new BusinessRuleViolation(
          "access.settings-scope", "The settings of a type are allowed to all or to none");
    }
    permissions.removeIf(line -> line.isFor(typeCode, action));
    permissions.add(new Permission(typeCode, action, scope));
  }

  /** Lets the type follow the role's line for every type again. */
  public void followEveryType(String typeCode, Action action) {
    permissions.removeIf(line -> line.isFor(typeCode, action));
  }

  /** The type's own line, else the line for every type, else nothing. */
  public Scope scopeFor(String typeCode, Action action) {
    return line(typeCode, action)
        .or(() -> line(Permission.EVERY_TYPE, action))
        .map(Permission::getScope)
        .orElse(Scope.NONE);
  }

  /** Whether the type has a line of its own for the action. */
  public boolean hasOwnLine(String typeCode, Action action) {
    return line(typeCode, action).isPresent();
  }

  private Optional<Permission> line(String typeCode, Action action) {
    return permissions.stream().filter(line -> line.isFor(typeCode, action)).findFirst();
  }

  /** Who holds the role: everyone, or the users and the members of the departments given. */
  public void assign(boolean forEveryone, Set<Long> userIds, Set<Long> departmentIds) {
    this.forEveryone = forEveryone;
    this.userIds.clear();
    this.userIds.addAll(userIds);
    this.departmentIds.clear();
    this.departmentIds.addAll(departmentIds);
  }

  /** Whether the viewer holds the role, through a department above theirs too. */
  public boolean isHeldBy(Viewer viewer) {
    return forEveryone
        || userIds.contains(viewer.userId())
        || viewer.departmentIds().stream().anyMatch(departmentIds::contains);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public boolean isForEveryone() {
    return forEveryone;
  }

  public List<Permission> getPermissions() {
    return List.copyOf(permissions);
  }

  public Set<Long> getUserIds() {
    return Set.copyOf(userIds);
  }

  public Set<Long> getDepartmentIds() {
    return Set.copyOf(departmentIds);
  }

  public long getVersion() {
    return version;
  }
}
