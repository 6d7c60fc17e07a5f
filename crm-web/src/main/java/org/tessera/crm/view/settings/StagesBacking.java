package org.tessera.crm.view.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.event.ReorderEvent;
import org.primefaces.event.RowEditEvent;
import org.tessera.crm.shared.entity.UnknownEntity;
import org.tessera.crm.stage.boundary.Pipelines;
import org.tessera.crm.stage.boundary.Stages;
import org.tessera.crm.stage.entity.Pipeline;
import org.tessera.crm.stage.entity.StageSemantics;
import org.tessera.crm.view.Messages;
import org.tessera.crm.view.Pages;
import org.tessera.crm.view.PipelineSelection;

/**
 * The stages of one pipeline ("statuses and dropdowns"): rename, recolour, reorder, add, delete.
 * Each action reloads the pipeline afterwards, also when it was refused, so the page never shows a
 * state the database does not have.
 */
@Named
@ViewScoped
public class StagesBacking implements Serializable {

  @Inject Pipelines pipelines;
  @Inject Stages stages;

  private final PipelineSelection selection = new PipelineSelection();
  private String pipelineName;
  private long pipelineVersion;
  private List<StageRow> rows = new ArrayList<>();

  private String newStageName;
  private String newStageColor = "#2fc6f6";
  private StageSemantics newStageSemantics = StageSemantics.IN_PROGRESS;
  private StageRow stageToDelete;
  private Long moveItemsTo;
  private String newPipelineName;

  public void open() {
    try {
      selection.offer(pipelines.allOfType(Objects.requireNonNullElse(selection.getTypeCode(), "")));
    } catch (UnknownEntity unknownType) {
      Pages.notFound();
      return;
    }
    if (selection.getOptions().isEmpty()) {
      Pages.notFound();
      return;
    }
    reload();
  }

  public void save(RowEditEvent<StageRow> event) {
    StageRow row = event.getObject();
    try {
      stages.rename(row.getId(), row.getName());
      stages.recolor(row.getId(), row.getColor());
      Messages.info("stages.saved", row.getName());
    } finally {
      reload();
    }
  }

  /** Drag and drop has already put the rows in their new order. */
  public void reorder(ReorderEvent event) {
    saveOrder();
  }

  private void saveOrder() {
    try {
      stages.reorder(selection.getPipelineId(), rows.stream().map(StageRow::getId).toList());
    } finally {
      reload();
    }
  }

  public void moveUp(StageRow row) {
    swap(rows.indexOf(row), rows.indexOf(row) - 1);
  }

  public void moveDown(StageRow row) {
    swap(rows.indexOf(row), rows.indexOf(row) + 1);
  }

  public void addStage() {
    try {
      stages.add(selection.getPipelineId(), newStageName, newStageColor, newStageSemantics);
      Messages.info("stages.added", newStageName);
      newStageName = null;
    } finally {
      reload();
    }
  }

  public void askDelete(StageRow row) {
    stageToDelete = row;
    moveItemsTo = null;
  }

  public void delete() {
    try {
      stages.delete(stageToDelete.getId(), stageToDelete.getItemCount() > 0 ? moveItemsTo : null);
      Messages.info("stages.deleted", stageToDelete.getName());
      stageToDelete = null;
    } finally {
      reload();
    }
  }

  public String addPipeline() {
    Pipeline pipeline = pipelines.create(selection.getTypeCode(), newPipelineName);
    return pageOf(pipeline.getId());
  }

  public void renamePipeline() {
    try {
      pipelines.rename(selection.getPipelineId(), pipelineVersion, pipelineName);
      Messages.info("stages.pipelineRenamed", pipelineName);
    } finally {
      reload();
    }
  }

  public String deletePipeline() {
    pipelines.delete(selection.getPipelineId());
    return pageOf(null);
  }

  /** The stages a deleted stage's items may go to: the others of the pipeline. */
  public List<StageRow> getMoveTargets() {
    return rows.stream()
        .filter(r -> stageToDelete == null || r.getId() != stageToDelete.getId())
        .toList();
  }

  public List<StageSemantics> getAddableSemantics() {
    return List.of(StageSemantics.IN_PROGRESS, StageSemantics.FAILURE);
  }

  private void swap(int from, int to) {
    if (to < 0 || to >= rows.size()) {
      return;
    }
    Collections.swap(rows, from, to);
    saveOrder();
  }

  private void reload() {
    Pipeline pipeline = pipelines.find(selection.getPipelineId());
    Map<Long, Long> counts = pipelines.itemCountsByStage(selection.getPipelineId());
    pipelineName = pipeline.getName();
    pipelineVersion = pipeline.getVersion();
    rows =
        new ArrayList<>(
            pipeline.getStages().stream()
                .map(s -> new StageRow(s, counts.getOrDefault(s.getId(), 0L)))
                .toList());
  }

  private String pageOf(Long pipeline) {
    return "/settings/stages?faces-redirect=true&type="
        + selection.getTypeCode()
        + (pipeline == null ? "" : "&pipeline=" + pipeline);
  }

  public String getPipelineName() {
    return pipelineName;
  }

  public void setPipelineName(String pipelineName) {
    this.pipelineName = pipelineName;
  }

  public PipelineSelection getSelection() {
    return selection;
  }

  public List<StageRow> getRows() {
    return rows;
  }

  public String getNewStageName() {
    return newStageName;
  }

  public void setNewStageName(String newStageName) {
    this.newStageName = newStageName;
  }

  public String getNewStageColor() {
    return newStageColor;
  }

  public void setNewStageColor(String newStageColor) {
    this.newStageColor = newStageColor;
  }

  public StageSemantics getNewStageSemantics() {
    return newStageSemantics;
  }

  public void setNewStageSemantics(StageSemantics newStageSemantics) {
    this.newStageSemantics = newStageSemantics;
  }

  public StageRow getStageToDelete() {
    return stageToDelete;
  }

  public Long getMoveItemsTo() {
    return moveItemsTo;
  }

  public void setMoveItemsTo(Long moveItemsTo) {
    this.moveItemsTo = moveItemsTo;
  }

  public String getNewPipelineName() {
    return newPipelineName;
  }

  public void setNewPipelineName(String newPipelineName) {
    this.newPipelineName = newPipelineName;
  }
}
