package org.tessera.crm.api.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.tessera.crm.api.shared.PageView;
import org.tessera.crm.audit.boundary.History;
import org.tessera.crm.audit.entity.AuditEntry;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.shared.entity.PageRequest;

/** The audit log (admins): changes of the settings and deletions, newest first. */
@Path("audit-log")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditLogResource {

  public record AuditView(
      long id,
      OffsetDateTime changedAt,
      Long userId,
      String userName,
      String area,
      String action,
      String details) {
    static AuditView of(AuditEntry entry) {
      User user = entry.getUser();
      return new AuditView(
          entry.getId(),
          entry.getChangedAt(),
          user == null ? null : user.getId(),
          user == null ? null : user.getFullName(),
          entry.getArea(),
          entry.getAction(),
          entry.getDetails());
    }
  }

  @EJB History history;

  @GET
  public PageView<AuditView> page(
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return PageView.of(history.auditLog(new PageRequest(page, size)), AuditView::of);
  }
}
