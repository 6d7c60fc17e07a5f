package org.tessera.crm.stage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.tessera.crm.shared.entity.Limits;

/** One step of a pipeline. Changed only through its {@link Pipeline}, which guards the rules. */
@Entity
@NamedQuery(
    name = Stage.TOTALS,
    query = "select s.id, s.itemCount, s.amountSum from Stage s where s.pipeline.id = :pipeline")
public class Stage {

  public static final String TOTALS = "Stage.totals";

  @Id
  @SequenceGenerator(name = "stage_seq", sequenceName = "stage_seq", allocationSize = 50)
  @GeneratedValue(generator = "stage_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private Pipeline pipeline;

  @NotBlank
  @Size(max = Limits.NAME)
  private String name;

  @NotNull
  @Pattern(regexp = Limits.COLOR_PATTERN)
  private String color;

  @NotNull
  @Enumerated(EnumType.STRING)
  private StageSemantics semantics;

  @Column(name = "sort_order")
  private int sortOrder;

  // Kept by StageTotals with SQL increments, never written from here (see docs/adr/0004).
  @Column(name = "item_count", insertable = false, updatable = false)
  private long itemCount;

  @Column(name = "amount_sum", insertable = false, updatable = false)
  private BigDecimal amountSum;

  protected Stage() {}

  Stage(Pipeline pipeline, String name, String color, StageSemantics semantics) {
    this.pipeline = pipeline;
    this.name = name;
    this.color = color;
    this.semantics = semantics;
  }

  void rename(String newName) {
    this.name = newName;
  }

  void recolor(String newColor) {
    this.color = newColor;
  }

  void placeAt(int position) {
    this.sortOrder = position;
  }

  public Long getId() {
    return id;
  }

  public Pipeline getPipeline() {
    return pipeline;
  }

  public String getName() {
    return name;
  }

  public String getColor() {
    return color;
  }

  public StageSemantics getSemantics() {
    return semantics;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
