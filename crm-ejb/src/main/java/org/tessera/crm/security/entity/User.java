package org.tessera.crm.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.Limits;

/** An employee who signs in to the CRM. The password is stored only as a PBKDF2 hash. */
@Entity
@Table(name = "crm_user")
@NamedQuery(name = User.BY_LOGIN, query = "select u from User u where u.login = :login")
@NamedQuery(
    name = User.ACTIVE,
    query = "select u from User u where u.active = true order by u.fullName")
@NamedQuery(name = User.BY_IDS, query = "select u from User u where u.id in :ids")
@NamedQuery(name = User.EVERYONE, query = "select u from User u")
public class User {

  public static final String BY_LOGIN = "User.byLogin";
  public static final String ACTIVE = "User.active";
  public static final String BY_IDS = "User.byIds";
  public static final String EVERYONE = "User.everyone";

  /** Who the server acts as when no one is signed in; it cannot sign in itself. */
  public static final String SYSTEM_LOGIN = "crm-system";

  public static final int DEFAULT_DEADLINE_WARNING_MINUTES = 15;
  public static final int MOST_DEADLINE_WARNING_MINUTES = 7 * 24 * 60;

  @Id
  @SequenceGenerator(name = "crm_user_seq", sequenceName = "crm_user_seq", allocationSize = 50)
  @GeneratedValue(generator = "crm_user_seq")
  private Long id;

  @NotBlank
  @Size(max = Limits.LOGIN)
  private String login;

  @NotBlank
  @Size(max = Limits.NAME)
  @Column(name = "full_name")
  private String fullName;

  @Size(max = 254)
  private String email;

  @NotBlank
  @Column(name = "password_hash")
  private String passwordHash;

  @ManyToOne(fetch = FetchType.LAZY)
  private Department department;

  /** The department's id without reading the department: the kept departments tell the rest. */
  @Column(name = "department_id", insertable = false, updatable = false)
  private Long departmentId;

  private boolean active = true;

  @Column(name = "deadline_warning_minutes")
  private int deadlineWarningMinutes = DEFAULT_DEADLINE_WARNING_MINUTES;

  // Read by the identity store's own query; the entity only writes them.
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "crm_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role_name")
  private Set<String> roles = new HashSet<>();

  protected User() {}

  public User(String login, String fullName, String email, Department department) {
    this.login = login;
    this.fullName = fullName;
    this.email = email;
    this.department = department;
    this.departmentId = department == null ? null : department.getId();
  }

  public void changePasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public void grant(String role) {
    roles.add(role);
  }

  /** How long before a deadline the user's activity counters turn red. */
  public Duration deadlineWarning() {
    return Duration.ofMinutes(deadlineWarningMinutes);
  }

  public void warnBeforeDeadlines(int minutes) {
    if (minutes < 0 || minutes > MOST_DEADLINE_WARNING_MINUTES) {
      throw new BusinessRuleViolation(
          "user.deadline-warning-invalid",
          "The deadline warning is 0 to " + MOST_DEADLINE_WARNING_MINUTES + " minutes");
    }
    deadlineWarningMinutes = minutes;
  }

  public Long getId() {
    return id;
  }

  public String getLogin() {
    return login;
  }

  public String getFullName() {
    return fullName;
  }

  public String getEmail() {
    return email;
  }

  public Department getDepartment() {
    return department;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public boolean isActive() {
    return active;
  }

  public Set<String> getRoles() {
    return Set.copyOf(roles);
  }
}
