package org.tessera.crm.stage.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.tessera.crm.shared.entity.Limits;

/** One step of a pipeline. Changed only through its {@link Pipeline}, which guards the rules. */
@Entity
public class Stage {

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

  @OneToMany(mappedBy = "stage", cascade = CascadeType.ALL)
  private List<StageTotal> totals = new ArrayList<>();

  protected Stage() {}

  Stage(Pipeline pipeline, String name, String color, StageSemantics semantics) {
    this.pipeline = pipeline;
    this.name = name;
    this.color = color;
    this.semantics = semantics;
    for (int slot = 0; slot < StageTotal.SLOTS; slot++) {
      totals.add(new StageTotal(this, slot));
    }
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
