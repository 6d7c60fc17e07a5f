package org.tessera.crm.api.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.tessera.crm.api.shared.PageView;
import org.tessera.crm.audit.boundary.History;
import org.tessera.crm.audit.entity.ItemChange;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.shared.entity.PageRequest;

/** Who changed what on one item and when, newest first: its History tab. */
@Path("items/{id}/history")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ItemHistoryResource {

  public record ChangeView(
      long id,
      OffsetDateTime changedAt,
      Long userId,
      String userName,
      Long fieldId,
      String label,
      String oldValue,
      String newValue) {
    static ChangeView of(ItemChange change) {
      User user = change.getUser();
      return new ChangeView(
          change.getId(),
          change.getChangedAt(),
          user == null ? null : user.getId(),
          user == null ? null : user.getFullName(),
          change.getFieldId(),
          change.getLabel(),
          change.getOldValue(),
          change.getNewValue());
    }
  }

  @EJB History history;

  @GET
  public PageView<ChangeView> of(
      @PathParam("id") long itemId,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return PageView.of(history.ofItem(itemId, new PageRequest(page, size)), ChangeView::of);
  }
}
