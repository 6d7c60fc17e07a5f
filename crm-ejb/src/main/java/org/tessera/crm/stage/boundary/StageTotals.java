package org.tessera.crm.stage.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
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
      "update stage_total set item_count = item_count + ?, amount_sum = amount_sum + ?"
          + " where stage_id = ? and slot = ?";

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
   * deadlocking. They go as one JDBC batch, which the driver sends in one round trip and the
   * database runs in order.
   */
  public void moved(Item item, Stage from) {
    Stage to = item.getStage();
    BigDecimal amount = orZero(item.getAmount());
    try (PreparedStatement add = em.unwrap(Connection.class).prepareStatement(ADD)) {
      int slot = slot();
      for (Stage stage : from.getId() < to.getId() ? List.of(from, to) : List.of(to, from)) {
        boolean leaving = stage == from;
        add.setLong(1, leaving ? -1 : 1);
        add.setBigDecimal(2, leaving ? amount.negate() : amount);
        add.setLong(3, stage.getId());
        add.setInt(4, slot);
        add.addBatch();
      }
      add.executeBatch();
    } catch (SQLException e) {
      throw new PersistenceException("Could not move the stage totals of item " + item.getId(), e);
    }
  }

  public void repriced(Item item, BigDecimal oldAmount) {
    BigDecimal now = orZero(item.getAmount());
    BigDecimal before = orZero(oldAmount);
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
        .setParameter(2, orZero(amount))
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

  private static BigDecimal orZero(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount;
  }
}
