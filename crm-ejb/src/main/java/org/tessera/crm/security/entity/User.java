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
import java.util.HashSet;
import java.util.Set;
import org.tessera.crm.shared.entity.Limits;

/** An employee who signs in to the CRM. The password is stored only as a PBKDF2 hash. */
@Entity
@Table(name = "crm_user")
@NamedQuery(name = User.BY_LOGIN, query = "select u from User u where u.login = :login")
@NamedQuery(
    name = User.ACTIVE,
    query = "select u from User u where u.active = true order by u.fullName")
public class User {

  public static final String BY_LOGIN = "User.byLogin";
  public static final String ACTIVE = "User.active";

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

  private boolean active = true;

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
  }

  public void changePasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public void grant(String role) {
    roles.add(role);
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

  public boolean isActive() {
    return active;
  }
}
