package org.tessera.crm.api.mycompany;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.tessera.crm.mycompany.boundary.MyCompanySettings;
import org.tessera.crm.mycompany.entity.MyCompany;
import org.tessera.crm.mycompany.entity.MyCompanyDetails;

/** Our company's details, which fill {@code {MyCompany.*}}: everyone reads them, admins change. */
@Path("my-company")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyCompanyResource {

  public record MyCompanyView(long version, MyCompanyDetails details) {
    static MyCompanyView of(MyCompany company) {
      return new MyCompanyView(company.getVersion(), company.details());
    }
  }

  @EJB MyCompanySettings settings;

  @GET
  public MyCompanyView get() {
    return MyCompanyView.of(settings.get());
  }

  @PUT
  public MyCompanyView change(
      @NotNull @QueryParam("version") Long version, @NotNull @Valid MyCompanyDetails details) {
    return MyCompanyView.of(settings.change(version, details));
  }
}
