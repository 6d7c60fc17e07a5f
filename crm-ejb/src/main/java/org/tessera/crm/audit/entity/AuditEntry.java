package org.tessera.crm.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.tessera.crm.security.entity.User;

/** A line of the audit log: which service did what, with what, by whom and when. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
    name = AuditEntry.NEWEST,
    query = "select c from AuditEntry c left join fetch c.user order by c.id desc")
@NamedQuery(name = AuditEntry.COUNT, query = "select count(c) from AuditEntry c")
public class AuditEntry {

  public static final String NEWEST = "AuditEntry.newest";
  public static final String COUNT = "AuditEntry.count";
  public static final int MOST_DETAILS = 2000;

  @Id
  @SequenceGenerator(name = "audit_entry_seq", sequenceName = "change_seq", allocationSize = 50)
  @GeneratedValue(generator = "audit_entry_seq")
  private Long id;

  @Column(name = "changed_at")
  private OffsetDateTime changedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id")
  private User user;

  private String area;
  private String action;
  private String details;

  protected AuditEntry() {}

  public AuditEntry(
      OffsetDateTime changedAt, User user, String area, String action, String details) {
    this.changedAt = changedAt;
    this.user = user;
    this.area = area;
    this.action = action;
    this.details = details.length() <= MOST_DETAILS ? details : details.substring(0, MOST_DETAILS);
  }

  public Long getId() {
    return id;
  }

  public OffsetDateTime getChangedAt() {
    return changedAt;
  }

  public User getUser() {
    return user;
  }

  public String getArea() {
    return area;
  }

  public String getAction() {
    return action;
  }

  public String getDetails() {
    return details;
  }
}
