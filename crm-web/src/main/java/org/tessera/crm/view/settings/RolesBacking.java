package org.tessera.crm.view.settings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.security.boundary.AccessRoles;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.AccessRole;
import org.tessera.crm.security.entity.Action;
import org.tessera.crm.security.entity.Permission;
import org.tessera.crm.security.entity.PermissionLine;
import org.tessera.crm.security.entity.Scope;
import org.tessera.crm.view.Messages;

/**
 * The access roles page: pick a role, set its scope for each type and action (a type's cell left on
 * "as every type" follows the first row), say who holds it; create, rename and delete roles.
 */
@Named
@ViewScoped
public class RolesBacking implements Serializable {

  /** The cell value of a type that follows the role's line for every type. */
  public static final String FOLLOW = "";

  @Inject AccessRoles roles;
  @Inject ItemTypes itemTypes;
  @Inject Users users;

  /** A role, user or department to pick, by its id. */
  public record Choice(long id, String label) implements Serializable {}

  private List<Choice> all;
  private List<Choice> people;
  private List<Choice> departments;
  private Long roleId;
  private String name;
  private String newName;
  private boolean forEveryone;
  private List<Long> userIds = new ArrayList<>();
  private List<Long> departmentIds = new ArrayList<>();
  private long version;
  private final Map<String, String> cells = new HashMap<>();
  private final Map<String, String> stored = new HashMap<>();

  @PostConstruct
  void read() {
    people = users.active().stream().map(u -> new Choice(u.getId(), u.getFullName())).toList();
    departments =
        users.departments().stream().map(d -> new Choice(d.getId(), d.getName())).toList();
    List<AccessRole> stored = readRoles();
    if (!stored.isEmpty()) {
      show(stored.get(0));
    }
  }

  private List<AccessRole> readRoles() {
    List<AccessRole> stored = roles.all();
    all = stored.stream().map(r -> new Choice(r.getId(), r.getName())).toList();
    return stored;
  }

  /** After the role was picked in the list. */
  public void pick() {
    show(roles.find(roleId));
  }

  public void create() {
    AccessRole role = roles.create(newName);
    newName = null;
    readRoles();
    show(role);
    Messages.info("roles.created", role.getName());
  }

  public void rename() {
    show(roles.rename(roleId, version, name));
    readRoles();
    Messages.info("roles.saved");
  }

  public void saveHolders() {
    show(
        roles.assign(
            roleId, version, forEveryone, new HashSet<>(userIds), new HashSet<>(departmentIds)));
    Messages.info("roles.saved");
  }

  public void savePermissions() {
    List<PermissionLine> changed = new ArrayList<>();
    cells.forEach(
        (key, submitted) -> {
          // Faces hands the empty choice ("as every type") back as null.
          String value = submitted == null ? FOLLOW : submitted;
          if (!value.equals(stored.get(key))) {
            String[] typeAndAction = key.split("\\|");
            changed.add(
                new PermissionLine(
                    typeAndAction[0],
                    Action.valueOf(typeAndAction[1]),
                    value.equals(FOLLOW) ? null : Scope.valueOf(value)));
          }
        });
    show(roles.permit(roleId, version, changed));
    Messages.info("roles.saved");
  }

  public void delete() {
    AccessRole role = roles.find(roleId);
    roles.delete(roleId, version);
    List<AccessRole> left = readRoles();
    if (left.isEmpty()) {
      roleId = null;
    } else {
      show(left.get(0));
    }
    Messages.info("roles.deleted", role.getName());
  }

  private void show(AccessRole role) {
    roleId = role.getId();
    name = role.getName();
    forEveryone = role.isForEveryone();
    userIds = new ArrayList<>(role.getUserIds());
    departmentIds = new ArrayList<>(role.getDepartmentIds());
    version = role.getVersion();
    cells.clear();
    for (Action action : Action.values()) {
      cells.put(
          key(Permission.EVERY_TYPE, action), role.scopeFor(Permission.EVERY_TYPE, action).name());
      itemTypes
          .all()
          .forEach(
              type ->
                  cells.put(
                      key(type.getCode(), action),
                      role.hasOwnLine(type.getCode(), action)
                          ? role.scopeFor(type.getCode(), action).name()
                          : FOLLOW));
    }
    stored.clear();
    stored.putAll(cells);
  }

  /** The key of a cell in {@link #getCells()}: {@code deal|READ}. */
  public static String key(String typeCode, Action action) {
    return typeCode + "|" + action.name();
  }

  public String getEveryType() {
    return Permission.EVERY_TYPE;
  }

  public Action[] getActions() {
    return Action.values();
  }

  /** The scopes a cell may take: the settings of a type are allowed or not. */
  public List<Scope> scopesFor(Action action) {
    return action == Action.SETTINGS ? List.of(Scope.NONE, Scope.ALL) : List.of(Scope.values());
  }

  public List<Choice> getUsers() {
    return people;
  }

  public List<Choice> getDepartments() {
    return departments;
  }

  public List<Choice> getAll() {
    return all;
  }

  public Map<String, String> getCells() {
    return cells;
  }

  public Long getRoleId() {
    return roleId;
  }

  public void setRoleId(Long roleId) {
    this.roleId = roleId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public boolean isForEveryone() {
    return forEveryone;
  }

  public void setForEveryone(boolean forEveryone) {
    this.forEveryone = forEveryone;
  }

  public List<Long> getUserIds() {
    return userIds;
  }

  public void setUserIds(List<Long> userIds) {
    this.userIds = userIds;
  }

  public List<Long> getDepartmentIds() {
    return departmentIds;
  }

  public void setDepartmentIds(List<Long> departmentIds) {
    this.departmentIds = departmentIds;
  }
}
