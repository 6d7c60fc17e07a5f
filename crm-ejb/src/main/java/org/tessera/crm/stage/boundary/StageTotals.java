package org.tessera.crm.stage.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.stage.entity.Stage;

/**
 * Keeps the number of items and the sum of their amounts per stage, which the board reads instead
 * of counting (docs/adr/0004). Every change of an item's stage or amount calls here in its own
 * transaction; the increments are SQL, so concurrent changes add up instead of overwriting.
 */
@Stateless
@PermitAll
public class StageTotals {

  private static final String ADD =
      "update stage set item_count = item_count + ?1, amount_sum = amount_sum + ?2 where id = ?3";

  @PersistenceContext EntityManager em;

  public void added(Item item) {
    add(item.getStage(), 1, item.getAmount());
  }

  public void removed(Item item) {
    add(item.getStage(), -1, negate(item.getAmount()));
  }

  /**
   * An item left one stage for another. The two rows are changed in the order of their ids, so that
   * moves in opposite directions wait for each other instead of deadlocking.
   */
  public void moved(Item item, Stage from) {
    Stage to = item.getStage();
    if (from.getId() < to.getId()) {
      add(from, -1, negate(item.getAmount()));
      add(to, 1, item.getAmount());
    } else {
      add(to, 1, item.getAmount());
      add(from, -1, negate(item.getAmount()));
    }
  }

  public void repriced(Item item, BigDecimal oldAmount) {
    BigDecimal now = item.getAmount() == null ? BigDecimal.ZERO : item.getAmount();
    BigDecimal before = oldAmount == null ? BigDecimal.ZERO : oldAmount;
    if (now.compareTo(before) != 0) {
      add(item.getStage(), 0, now.subtract(before));
    }
  }

  /** All items of one stage went to another. */
  public void merged(Stage from, Stage into) {
    em.createNativeQuery(
            "update stage set item_count = item_count + (select item_count from stage where id ="
                + " ?1), amount_sum = amount_sum + (select amount_sum from stage where id = ?2)"
                + " where id = ?3")
        .setParameter(1, from.getId())
        .setParameter(2, from.getId())
        .setParameter(3, into.getId())
        .executeUpdate();
  }

  /** Counts everything again from the items, after items were written around this class. */
  public void recount() {
    em.createNativeQuery(
            "update stage set item_count = (select count(*) from item i where i.stage_id ="
                + " stage.id), amount_sum = (select coalesce(sum(i.amount), 0) from item i"
                + " where i.stage_id = stage.id)")
        .executeUpdate();
  }

  private void add(Stage stage, long count, BigDecimal amount) {
    if (stage == null) {
      return;
    }
    em.createNativeQuery(ADD)
        .setParameter(1, count)
        .setParameter(2, amount == null ? BigDecimal.ZERO : amount)
        .setParameter(3, stage.getId())
        .executeUpdate();
  }

  private static BigDecimal negate(BigDecimal amount) {
    return amount == null ? null : amount.negate();
  }
}
