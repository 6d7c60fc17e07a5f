package org.tessera.crm.security.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.tessera.crm.shared.entity.Limits;

/** A unit of the company; departments form a tree through their parent. */
@Entity
@NamedQuery(name = Department.ALL, query = "select d from Department d order by d.name")
public class Department {

  public static final String ALL = "Department.all";

  @Id
  @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
  @GeneratedValue(generator = "department_seq")
  private Long id;

  @NotBlank
  @Size(max = Limits.NAME)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY)
  private Department parent;

  protected Department() {}

  public Department(String name, Department parent) {
    this.name = name;
    this.parent = parent;
  }

  /** The ids of the department and of every department below it, out of all departments. */
  public Set<Long> withThoseBelow(Collection<Department> all) {
    Set<Long> found = new HashSet<>(Set.of(id));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Department department : all) {
        Department above = department.getParent();
        if (above != null && found.contains(above.getId()) && found.add(department.getId())) {
          grew = true;
        }
      }
    }
    return found;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Department getParent() {
    return parent;
  }
}
