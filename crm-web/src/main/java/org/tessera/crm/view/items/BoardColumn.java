package org.tessera.crm.view.items;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.tessera.crm.kanban.boundary.Column;

/** A column on the board page, with the cards loaded so far. */
public class BoardColumn implements Serializable {

  private final long stageId;
  private final String name;
  private final String color;
  private final long count;
  private final BigDecimal sum;
  private final List<BoardCard> cards = new ArrayList<>();
  private int pagesLoaded = 1;

  BoardColumn(Column column, List<BoardCard> firstCards) {
    this.stageId = column.stage().getId();
    this.name = column.stage().getName();
    this.color = column.stage().getColor();
    this.count = column.count();
    this.sum = column.sum();
    cards.addAll(firstCards);
  }

  /** Adds the next page of cards. */
  void append(List<BoardCard> more) {
    cards.addAll(more);
    pagesLoaded++;
  }

  int nextPage() {
    return pagesLoaded;
  }

  public boolean isMore() {
    return cards.size() < count;
  }

  public long getStageId() {
    return stageId;
  }

  public String getName() {
    return name;
  }

  public String getColor() {
    return color;
  }

  public long getCount() {
    return count;
  }

  public BigDecimal getSum() {
    return sum;
  }

  public List<BoardCard> getCards() {
    return cards;
  }
}
