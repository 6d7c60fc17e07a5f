package org.tessera.crm.stage.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

class PipelineTest {

  private Pipeline pipeline;
  private long nextId = 1;

  @BeforeEach
  void newPipeline() {
    pipeline =
        Pipeline.withDefaultStages(
            ItemType.custom("contract", "Contracts", true, true, 10), "Main", 0);
    pipeline.getStages().forEach(this::giveId);
  }

  @Test
  void startsWithInitialInProgressSuccessAndFailure() {
    assertEquals(
        List.of(
            StageSemantics.INITIAL,
            StageSemantics.IN_PROGRESS,
            StageSemantics.SUCCESS,
            StageSemantics.FAILURE),
        semantics());
    assertEquals("New", pipeline.initialStage().getName());
  }

  @Test
  void refusesAPipelineForATypeWithoutStages() {
    ItemType contacts = ItemType.custom("visitor", "Visitors", false, false, 10);
    BusinessRuleViolation refused =
        assertThrows(
            BusinessRuleViolation.class, () -> Pipeline.withDefaultStages(contacts, "x", 0));
    assertEquals("pipeline.type-without-stages", refused.rule());
  }

  @Test
  void anInProgressStageIsInsertedBeforeTheFinalStages() {
    Stage added = pipeline.addStage("Negotiation", "#47e4c2", StageSemantics.IN_PROGRESS);
    assertEquals(2, added.getSortOrder());
    assertEquals(List.of("New", "In progress", "Negotiation", "Success", "Failure"), names());
  }

  @Test
  void aFailureStageIsAddedAtTheEnd() {
    pipeline.addStage("Too expensive", "#ff8b85", StageSemantics.FAILURE);
    assertEquals(List.of("New", "In progress", "Success", "Failure", "Too expensive"), names());
  }

  @Test
  void aSecondInitialOrSuccessStageIsRefused() {
    assertRule(
        "stage.initial-unique",
        () -> pipeline.addStage("Start", "#000000", StageSemantics.INITIAL));
    assertRule(
        "stage.success-unique", () -> pipeline.addStage("Won", "#000000", StageSemantics.SUCCESS));
  }

  @Test
  void theInitialStageCanBeRenamedButNotDeleted() {
    long initial = pipeline.initialStage().getId();
    pipeline.renameStage(initial, "Fresh");
    assertEquals("Fresh", pipeline.initialStage().getName());
    assertRule("stage.initial-not-deletable", () -> pipeline.removeStage(initial));
    assertEquals(4, pipeline.getStages().size());
  }

  @Test
  void theSuccessStageCannotBeDeleted() {
    assertRule("stage.success-not-deletable", () -> pipeline.removeStage(idOf("Success")));
  }

  @Test
  void theLastFailureStageCannotBeDeletedButAnotherOneCan() {
    assertRule("stage.failure-required", () -> pipeline.removeStage(idOf("Failure")));
    giveId(pipeline.addStage("No budget", "#ff8b85", StageSemantics.FAILURE));
    pipeline.removeStage(idOf("Failure"));
    assertEquals(List.of("New", "In progress", "Success", "No budget"), names());
    assertEquals(
        List.of(0, 1, 2, 3), pipeline.getStages().stream().map(Stage::getSortOrder).toList());
  }

  @Test
  void reordersStagesWithinTheirGroups() {
    giveId(pipeline.addStage("Negotiation", "#47e4c2", StageSemantics.IN_PROGRESS));
    giveId(pipeline.addStage("Lost", "#ff8b85", StageSemantics.FAILURE));
    pipeline.reorder(
        List.of(
            idOf("New"),
            idOf("Negotiation"),
            idOf("In progress"),
            idOf("Success"),
            idOf("Lost"),
            idOf("Failure")));
    assertEquals(
        List.of("New", "Negotiation", "In progress", "Success", "Lost", "Failure"), names());
    assertEquals(
        List.of(0, 1, 2, 3, 4, 5), pipeline.getStages().stream().map(Stage::getSortOrder).toList());
  }

  @Test
  void reorderingThatBreaksTheGroupsOrForgetsAStageIsRefused() {
    assertRule(
        "stage.order-groups",
        () ->
            pipeline.reorder(
                List.of(idOf("In progress"), idOf("New"), idOf("Success"), idOf("Failure"))));
    assertRule(
        "stage.order-groups",
        () ->
            pipeline.reorder(
                List.of(idOf("New"), idOf("Success"), idOf("In progress"), idOf("Failure"))));
    assertRule(
        "stage.order-incomplete",
        () -> pipeline.reorder(List.of(idOf("New"), idOf("Success"), idOf("Failure"))));
    assertRule(
        "stage.order-incomplete",
        () ->
            pipeline.reorder(List.of(idOf("New"), idOf("New"), idOf("Success"), idOf("Failure"))));
    assertEquals(List.of("New", "In progress", "Success", "Failure"), names());
  }

  @Test
  void namesAndColoursAreChecked() {
    long initial = pipeline.initialStage().getId();
    assertRule("name.invalid", () -> pipeline.renameStage(initial, "  "));
    assertRule("name.invalid", () -> pipeline.renameStage(initial, "x".repeat(121)));
    assertRule("stage.color-invalid", () -> pipeline.recolorStage(initial, "red"));
    pipeline.recolorStage(initial, "#AABBCC");
    assertEquals("#AABBCC", pipeline.initialStage().getColor());
  }

  private void assertRule(String rule, Runnable change) {
    assertEquals(rule, assertThrows(BusinessRuleViolation.class, change::run).rule());
  }

  private List<String> names() {
    return pipeline.getStages().stream().map(Stage::getName).toList();
  }

  private List<StageSemantics> semantics() {
    return pipeline.getStages().stream().map(Stage::getSemantics).toList();
  }

  private long idOf(String name) {
    return pipeline.getStages().stream()
        .filter(s -> s.getName().equals(name))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  /** Stages get their ids from the database; here the test hands them out. */
  private void giveId(Stage stage) {
    try {
      Field id = Stage.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(stage, nextId++);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
