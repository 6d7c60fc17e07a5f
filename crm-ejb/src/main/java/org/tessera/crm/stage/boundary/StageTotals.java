package org.tessera.crm.stage.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.shared.boundary.TransactionMemo;
import org.tessera.crm.stage.entity.Stage;
import org.tessera.crm.stage.entity.StageTotal;

/**
 * Keeps the number of items and the sum of their amounts per stage, which the board reads instead
 * of counting (docs/adr/0004). Every change of an item's stage or amount calls here in its own
 * transaction; the increments are SQL, so concurrent changes add up instead of overwriting. A
 * transaction adds to one of the stage's {@link StageTotal#SLOTS} rows, chosen at random once per
 * transaction, so that concurrent moves rarely wait for one another (docs/adr/0013). A CDI bean,
 * not a session bean: it works inside the services' transactions, and a statement that writes fails
 * on its own outside one.
 */
@ApplicationScoped
public class StageTotals {

  private static final TransactionMemo.Key<Integer> SLOT = new TransactionMemo.Key<>(Integer.class);

  private static final String ADD =
      "update stage_total set item_count = item_count + ?1, amount_sum = amount_sum + ?2"
          + " where stage_id = ?3 and slot = ?4";

  @PersistenceContext EntityManager em;
  @Inject TransactionMemo memo;

  public void added(Item item) {
    add(item.getStage(), 1, item.getAmount());
  }

  public void removed(Item item) {
    add(item.getStage(), -1, negate(item.getAmount()));
  }

  /**
   * An item left one stage for another. The two rows are changed in the order of their stages' ids,
   * so that moves in opposite directions that drew the same slot wait for each other instead of
   * deadlocking.
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
            "update stage_total set item_count = item_count + (select sum(item_count) from"
                + " stage_total where stage_id = ?1), amount_sum = amount_sum + (select"
                + " sum(amount_sum) from stage_total where stage_id = ?2)"
                + " where stage_id = ?3 and slot = ?4")
        .setParameter(1, from.getId())
        .setParameter(2, from.getId())
        .setParameter(3, into.getId())
        .setParameter(4, slot())
        .executeUpdate();
  }

  /** Counts everything again from the items, after items were written around this class. */
  public void recount() {
    em.createNativeQuery(
            "update stage_total set item_count = case when slot = 0 then (select count(*) from"
                + " item i where i.stage_id = stage_total.stage_id) else 0 end, amount_sum ="
                + " case when slot = 0 then (select coalesce(sum(i.amount), 0) from item i"
                + " where i.stage_id = stage_total.stage_id) else 0 end")
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
        .setParameter(4, slot())
        .executeUpdate();
  }

  private int slot() {
    return memo.get(SLOT, () -> ThreadLocalRandom.current().nextInt(StageTotal.SLOTS));
  }

  private static BigDecimal negate(BigDecimal amount) {
    return amount == null ? null : amount.negate();
  }
}
