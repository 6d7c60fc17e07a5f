package org.tessera.crm.stage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One of the {@link #SLOTS} rows that together hold the number of items of a stage and the sum of
 * their amounts (docs/adr/0004, 0013). A change adds to one slot, so that concurrent moves into the
 * same stage rarely wait for the same row; readers add the slots up.
 */
@Entity
@Table(name = "stage_total")
@IdClass(StageTotal.Key.class)
@NamedQuery(
    name = StageTotal.OF_PIPELINE,
    query =
        "select t.stage.id, sum(t.itemCount), sum(t.amountSum) from StageTotal t"
            + " where t.stage.pipeline.id = :pipeline group by t.stage.id")
public class StageTotal {

  public static final String OF_PIPELINE = "StageTotal.ofPipeline";

  /**
   * Rows per stage. Migration V23 gave every existing stage this many; changing it needs a
   * migration that adds or folds rows.
   */
  public static final int SLOTS = 16;

  @Id
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Stage stage;

  @Id private int slot;

  // Kept by StageTotals with SQL increments, never written from here.
  @Column(name = "item_count", updatable = false)
  private long itemCount;

  @Column(name = "amount_sum", updatable = false)
  private BigDecimal amountSum = BigDecimal.ZERO;

  protected StageTotal() {}

  StageTotal(Stage stage, int slot) {
    this.stage = stage;
    this.slot = slot;
  }

  /** The primary key: the stage's id and the slot. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long stage;
    private int slot;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && Objects.equals(stage, key.stage) && slot == key.slot;
    }

    @Override
    public int hashCode() {
      return Objects.hash(stage, slot);
    }
  }
}
