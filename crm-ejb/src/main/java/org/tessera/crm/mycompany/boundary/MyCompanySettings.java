package org.tessera.crm.mycompany.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tessera.crm.audit.boundary.AuditLogged;
import org.tessera.crm.mycompany.entity.MyCompany;
import org.tessera.crm.mycompany.entity.MyCompanyDetails;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.shared.entity.StaleVersion;

/** Our company's details: read by everyone (documents carry them), changed by admins. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class MyCompanySettings {

  @PersistenceContext EntityManager em;

  public MyCompany get() {
    return em.find(MyCompany.class, MyCompany.THE_ONE);
  }

  @RolesAllowed(Roles.ADMIN)
  @AuditLogged
  public MyCompany change(long expectedVersion, @NotNull @Valid MyCompanyDetails details) {
    MyCompany company = get();
    if (company.getVersion() != expectedVersion) {
      throw new StaleVersion(
          "My company", MyCompany.THE_ONE, expectedVersion, company.getVersion());
    }
    company.describe(details);
    em.flush();
    return company;
  }
}
