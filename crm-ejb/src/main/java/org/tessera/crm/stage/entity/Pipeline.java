package org.tessera.crm.stage.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.Limits;
import org.tessera.crm.shared.entity.UnknownEntity;

/**
 * The ordered stages an item of one type goes through. The pipeline keeps itself usable: exactly
 * one initial stage (first), stages in progress, then exactly one success stage and at least one
 * failure stage.
 */
@Entity
@NamedQuery(
    name = Pipeline.WITH_STAGES,
    query =
        "select p from Pipeline p join fetch p.itemType left join fetch p.stages s"
            + " where p.id = :id order by s.sortOrder",
    // No statement at all when the transaction holds the pipeline already.
    hints = @QueryHint(name = "eclipselink.cache-usage", value = "CheckCacheByExactPrimaryKey"))
@NamedQuery(
    name = Pipeline.OF_TYPE,
    query = "select p from Pipeline p where p.itemType = :type order by p.sortOrder, p.id")
@NamedQuery(
    name = Pipeline.COUNT_OF_TYPE,
    query = "select count(p) from Pipeline p where p.itemType = :type")
public class Pipeline {

  public static final String WITH_STAGES = "Pipeline.withStages";
  public static final String OF_TYPE = "Pipeline.ofType";
  public static final String COUNT_OF_TYPE = "Pipeline.countOfType";
  public static final String DEFAULT_CURRENCY = "EUR";

  private static final java.util.regex.Pattern COLOR =
      java.util.regex.Pattern.compile(Limits.COLOR_PATTERN);

  @Id
  @SequenceGenerator(name = "pipeline_seq", sequenceName = "pipeline_seq", allocationSize = 50)
  @GeneratedValue(generator = "pipeline_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "item_type_id")
  private ItemType itemType;

  @NotBlank
  @Size(max = Limits.NAME)
  private String name;

  @Pattern(regexp = Limits.CURRENCY_PATTERN)
  private String currency;

  @Column(name = "sort_order")
  private int sortOrder;

  @Version private long version;

  @OneToMany(mappedBy = "pipeline", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<Stage> stages = new ArrayList<>();

  protected Pipeline() {}

  private Pipeline(ItemType itemType, String name, String currency, int sortOrder) {
    this.itemType = itemType;
    this.name = requireName(name);
    this.currency = currency;
    this.sortOrder = sortOrder;
  }

  /** A new pipeline with the four stages every pipeline starts from; admins rename them. */
  public static Pipeline withDefaultStages(ItemType type, String name, int sortOrder) {
    if (!type.hasStages()) {
      throw new BusinessRuleViolation(
          "pipeline.type-without-stages",
          "Items of type '" + type.getCode() + "' have no stages, so they have no pipelines");
    }
    Pipeline pipeline = new Pipeline(type, name, DEFAULT_CURRENCY, sortOrder);
    pipeline.append("New", "#39a8ef", StageSemantics.INITIAL);
    pipeline.append("In progress", "#2fc6f6", StageSemantics.IN_PROGRESS);
    pipeline.append("Success", "#7bd500", StageSemantics.SUCCESS);
    pipeline.append("Failure", "#ff5752", StageSemantics.FAILURE);
    return pipeline;
  }

  public void rename(String newName) {
    this.name = requireName(newName);
  }

  /**
   * Adds a stage where its meaning puts it: a stage in progress before the final ones, a failure
   * stage at the end. A second initial or success stage is refused.
   */
  public Stage addStage(String stageName, String color, StageSemantics semantics) {
    switch (semantics) {
      case INITIAL ->
          throw new BusinessRuleViolation(
              "stage.initial-unique",
              "A pipeline has exactly one initial stage; rename it instead");
      case SUCCESS ->
          throw new BusinessRuleViolation(
              "stage.success-unique",
              "A pipeline has exactly one success stage; rename it instead");
      case IN_PROGRESS -> {
        Stage stage = new Stage(this, requireName(stageName), requireColor(color), semantics);
        stages.add(firstFinalPosition(), stage);
        renumber();
        return stage;
      }
      default -> {
        return append(stageName, color, semantics);
      }
    }
  }

  public void renameStage(long stageId, String newName) {
    stage(stageId).rename(requireName(newName));
  }

  public void recolorStage(long stageId, String newColor) {
    stage(stageId).recolor(requireColor(newColor));
  }

  /** Puts the stages in the given order, which must name every stage once and keep the groups. */
  public void reorder(List<Long> stageIds) {
    if (stageIds.size() != stages.size()
        || !new HashSet<>(stageIds).equals(new HashSet<>(stageIds()))) {
      throw new BusinessRuleViolation(
          "stage.order-incomplete", "The new order must name every stage of the pipeline once");
    }
    List<Stage> ordered = stageIds.stream().map(this::stage).toList();
    for (int i = 1; i < ordered.size(); i++) {
      if (ordered.get(i).getSemantics().compareTo(ordered.get(i - 1).getSemantics()) < 0) {
        throw new BusinessRuleViolation(
            "stage.order-groups",
            "Stages keep their groups: the initial stage first, then stages in progress,"
                + " then success, then failure");
      }
    }
    for (int i = 0; i < ordered.size(); i++) {
      ordered.get(i).placeAt(i);
    }
    stages.sort(Comparator.comparingInt(Stage::getSortOrder));
  }

  /**
   * Removes a stage. The initial and the success stage are needed, and so is the last failure
   * stage; the caller moves the stage's items elsewhere first.
   */
  public void removeStage(long stageId) {
    checkRemovable(stageId);
    stages.remove(stage(stageId));
    renumber();
  }

  /** Refuses, with the reason, to remove a stage the pipeline cannot do without. */
  public void checkRemovable(long stageId) {
    Stage stage = stage(stageId);
    switch (stage.getSemantics()) {
      case INITIAL ->
          throw new BusinessRuleViolation(
              "stage.initial-not-deletable",
              "The initial stage cannot be deleted; rename it instead");
      case SUCCESS ->
          throw new BusinessRuleViolation(
              "stage.success-not-deletable",
              "The success stage cannot be deleted; rename it instead");
      case FAILURE -> {
        if (countOf(StageSemantics.FAILURE) == 1) {
          throw new BusinessRuleViolation(
              "stage.failure-required", "A pipeline needs at least one failure stage");
        }
      }
      default -> {}
    }
  }

  public Stage stage(long stageId) {
    return stages.stream()
        .filter(s -> Objects.equals(s.getId(), stageId))
        .findFirst()
        .orElseThrow(() -> new UnknownEntity("Stage", stageId + " of pipeline " + id));
  }

  public Stage initialStage() {
    return first(StageSemantics.INITIAL);
  }

  public Stage successStage() {
    return first(StageSemantics.SUCCESS);
  }

  /** Every pipeline keeps one initial and one success stage (see removeStage). */
  private Stage first(StageSemantics semantics) {
    return stages.stream().filter(s -> s.getSemantics() == semantics).findFirst().orElseThrow();
  }

  public List<Stage> getStages() {
    return List.copyOf(stages);
  }

  public Long getId() {
    return id;
  }

  public ItemType getItemType() {
    return itemType;
  }

  public String getName() {
    return name;
  }

  public String getCurrency() {
    return currency;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public long getVersion() {
    return version;
  }

  private Stage append(String stageName, String color, StageSemantics semantics) {
    Stage stage = new Stage(this, requireName(stageName), requireColor(color), semantics);
    stages.add(stage);
    renumber();
    return stage;
  }

  private int firstFinalPosition() {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).getSemantics().isFinal()) {
        return i;
      }
    }
    return stages.size();
  }

  private long countOf(StageSemantics semantics) {
    return stages.stream().filter(s -> s.getSemantics() == semantics).count();
  }

  private List<Long> stageIds() {
    return stages.stream().map(Stage::getId).toList();
  }

  private void renumber() {
    for (int i = 0; i < stages.size(); i++) {
      stages.get(i).placeAt(i);
    }
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank() || name.length() > Limits.NAME) {
      throw new BusinessRuleViolation(
          "name.invalid", "A name must have 1 to " + Limits.NAME + " characters");
    }
    return name.strip();
  }

  private static String requireColor(String color) {
    if (color == null || !COLOR.matcher(color).matches()) {
      throw new BusinessRuleViolation(
          "stage.color-invalid", "A stage colour is written #rrggbb, e.g. #39a8ef");
    }
    return color;
  }
}
