package org.tessera.crm.view.items;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.kanban.boundary.Board;
import org.tessera.crm.kanban.boundary.WorkloadRow;
import org.tessera.crm.stage.boundary.Pipelines;
import org.tessera.crm.stage.entity.Stage;
import org.tessera.crm.view.LayoutBacking;
import org.tessera.crm.view.Pages;
import org.tessera.crm.view.PipelineSelection;

/** Who holds how many open items of a pipeline, stage by stage (M23). */
@Named
@RequestScoped
public class WorkloadBacking {

  @Inject ItemTypes itemTypes;
  @Inject Pipelines pipelines;
  @Inject Board board;
  @Inject LayoutBacking layout;

  private final PipelineSelection selection = new PipelineSelection();
  private String typeLabel = "";
  private List<Stage> openStages = List.of();
  private List<WorkloadRow> rows = List.of();

  public void open() {
    Optional<ItemType> found = Pages.itemType(itemTypes, selection.getTypeCode());
    if (found.isEmpty()) {
      return;
    }
    if (!found.get().hasStages()) {
      Pages.notFound();
      return;
    }
    typeLabel = layout.label(found.get());
    selection.offer(pipelines.allOfType(found.get().getCode()));
    openStages =
        pipelines.find(selection.getPipelineId()).getStages().stream()
            .filter(stage -> !stage.getSemantics().isFinal())
            .toList();
    rows = board.workload(selection.getPipelineId());
  }

  public PipelineSelection getSelection() {
    return selection;
  }

  public String getTypeLabel() {
    return typeLabel;
  }

  public List<Stage> getOpenStages() {
    return openStages;
  }

  public List<WorkloadRow> getRows() {
    return rows;
  }
}
