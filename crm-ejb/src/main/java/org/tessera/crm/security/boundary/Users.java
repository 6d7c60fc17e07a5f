package org.tessera.crm.security.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tessera.crm.security.entity.Department;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.security.entity.Viewer;
import org.tessera.crm.shared.boundary.SettingsCache;
import org.tessera.crm.shared.boundary.SettingsVersion;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.UnknownEntity;

/** The employees of the CRM and the one who is calling. */
@Stateless
public class Users {

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject SettingsCache settings;
  @Inject SettingsVersion settingsVersion;

  /**
   * The signed-in user; every service that records "who" asks here. Found by the kept id (see
   * {@link #signedIn}) in the transaction's persistence context, without a statement when the
   * transaction read the user already, as the last editor of the item it changes for instance.
   */
  public User current() {
    return find(signedIn().getId());
  }

  /**
   * The signed-in user as kept with the settings (docs/adr/0010), without a statement: detached and
   * shared, for readers that only ask who is calling (their id, department and deadline warning).
   * Services that record who acts use {@link #current}.
   */
  public User signedIn() {
    String login = session.getCallerPrincipal().getName();
    return settings.get("user " + login, em, reader -> byLogin(reader, login));
  }

  /** The signed-in user as field visibility sees them. */
  public Viewer viewer() {
    User user = signedIn();
    Set<Long> departments = new HashSet<>();
    for (Department d = departmentOf(user).orElse(null); d != null; d = d.getParent()) {
      departments.add(d.getId());
    }
    return new Viewer(user.getId(), departments, session.isCallerInRole(Roles.ADMIN));
  }

  /** How long before a deadline the signed-in user's activity counters turn red. */
  public User warnBeforeDeadlines(int minutes) {
    settingsVersion.changing();
    User user = current();
    user.warnBeforeDeadlines(minutes);
    return user;
  }

  /**
   * The users with these ids, as kept with the settings (docs/adr/0020): detached and shared, for
   * showing who is named on cards. Those added since the settings last changed are read here; an id
   * nobody has is left out.
   */
  public Map<Long, User> named(Set<Long> ids) {
    Map<Long, User> kept = settings.get("users by id", em, Users::everyone);
    Map<Long, User> named = new HashMap<>();
    Set<Long> unknown = new HashSet<>();
    for (Long id : ids) {
      User user = kept.get(id);
      if (user == null) {
        unknown.add(id);
      } else {
        named.put(id, user);
      }
    }
    if (!unknown.isEmpty()) {
      em.createNamedQuery(User.BY_IDS, User.class)
          .setParameter("ids", unknown)
          .setHint("eclipselink.read-only", true)
          .getResultStream()
          .forEach(user -> named.put(user.getId(), user));
    }
    return named;
  }

  private static Map<Long, User> everyone(EntityManager reader) {
    return reader
        .createNamedQuery(User.EVERYONE, User.class)
        .getResultStream()
        .collect(Collectors.toUnmodifiableMap(User::getId, user -> user));
  }

  /** Everyone who can sign in, by name: to pick a responsible or whom to show a field to. */
  public List<User> active() {
    return em.createNamedQuery(User.ACTIVE, User.class).getResultList();
  }

  /** The names of everyone who can sign in, by id: to write user ids in words. */
  public Map<Long, String> names() {
    return active().stream().collect(Collectors.toMap(User::getId, User::getFullName));
  }

  public List<Department> departments() {
    return settings.get(
        "departments",
        em,
        reader -> {
          List<Department> all =
              reader.createNamedQuery(Department.ALL, Department.class).getResultList();
          all.forEach(Department::getParent);
          return List.copyOf(all);
        });
  }

  /** The user's department as kept with all departments, its parents loaded. */
  public Optional<Department> departmentOf(User user) {
    return departments().stream().filter(d -> d.getId().equals(user.getDepartmentId())).findFirst();
  }

  public User byLogin(String login) {
    return byLogin(em, login);
  }

  private static User byLogin(EntityManager reader, String login) {
    return reader
        .createNamedQuery(User.BY_LOGIN, User.class)
        .setParameter("login", login)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new UnknownEntity("User", login));
  }

  /** Refuses a list of people to show or assign something to that names someone unknown. */
  public void requireExisting(Set<Long> userIds, Set<Long> departmentIds) {
    for (Long id : userIds == null ? Set.<Long>of() : userIds) {
      if (em.find(User.class, id) == null) {
        throw new BusinessRuleViolation("security.unknown-user", "There is no user " + id);
      }
    }
    for (Long id : departmentIds == null ? Set.<Long>of() : departmentIds) {
      if (em.find(Department.class, id) == null) {
        throw new BusinessRuleViolation(
            "security.unknown-department", "There is no department " + id);
      }
    }
  }

  public User find(long id) {
    User user = em.find(User.class, id);
    if (user == null) {
      throw new UnknownEntity("User", id);
    }
    return user;
  }
}
