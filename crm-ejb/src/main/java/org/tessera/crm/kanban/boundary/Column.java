package org.tessera.crm.kanban.boundary;

import java.math.BigDecimal;
import java.util.List;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.stage.entity.Stage;

/**
 * A column of the board: a stage with the number of its items, the sum of their amounts and its
 * first cards, newest first.
 *
 * @param sum in the pipeline's currency; zero for an empty column
 */
public record Column(Stage stage, long count, BigDecimal sum, List<Item> cards) {

  public boolean hasMore() {
    return count > cards.size();
  }
}
