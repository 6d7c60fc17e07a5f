package org.tessera.crm.view.items;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.tessera.crm.audit.boundary.History;
import org.tessera.crm.audit.entity.ItemChange;
import org.tessera.crm.shared.entity.PageOf;
import org.tessera.crm.shared.entity.PageRequest;

/** The History tab of the card: who changed which field from what to what, newest first. */
@Named("cardHistory")
@ViewScoped
public class CardHistoryBacking implements Serializable {

  private static final int PAGE_SIZE = 50;

  /**
   * One change as the tab shows it.
   *
   * @param stage whether it is a stage move, labelled in the reader's language
   */
  public record Row(
      LocalDateTime when, String who, String label, boolean stage, String oldValue, String newValue)
      implements Serializable {}

  @Inject CardBacking card;
  @Inject History history;

  private final List<Row> rows = new ArrayList<>();
  private int pagesShown;
  private long total;

  public void loadMore() {
    PageOf<ItemChange> page = history.ofItem(card.getId(), new PageRequest(pagesShown, PAGE_SIZE));
    page.content().forEach(change -> rows.add(row(change)));
    total = page.total();
    pagesShown++;
  }

  private static Row row(ItemChange change) {
    return new Row(
        change.getChangedAt().atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime(),
        change.getUser() == null ? "" : change.getUser().getFullName(),
        change.getLabel(),
        change.getFieldId() == null && History.STAGE.equals(change.getLabel()),
        change.getOldValue(),
        change.getNewValue());
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
