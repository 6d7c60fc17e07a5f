package org.tessera.crm.view.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.tessera.crm.audit.boundary.History;
import org.tessera.crm.audit.entity.AuditEntry;
import org.tessera.crm.shared.entity.PageOf;
import org.tessera.crm.shared.entity.PageRequest;

/** The audit log page: changes of the settings and deletions, newest first, 50 at a time. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final int PAGE_SIZE = 50;

  /** One line as the page shows it. */
  public record Row(LocalDateTime when, String who, String area, String action, String details)
      implements Serializable {}

  @Inject History history;

  private final List<Row> rows = new ArrayList<>();
  private int pagesShown;
  private long total;

  public void loadMore() {
    PageOf<AuditEntry> page = history.auditLog(new PageRequest(pagesShown, PAGE_SIZE));
    page.content().forEach(entry -> rows.add(row(entry)));
    total = page.total();
    pagesShown++;
  }

  private static Row row(AuditEntry entry) {
    return new Row(
        entry.getChangedAt().atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime(),
        entry.getUser() == null ? "" : entry.getUser().getFullName(),
        entry.getArea(),
        entry.getAction(),
        entry.getDetails());
  }

  public List<Row> getRows() {
    if (pagesShown == 0) {
      loadMore();
    }
    return rows;
  }

  public boolean isMore() {
    return rows.size() < total;
  }
}
