package org.tessera.crm.view.items;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.tessera.crm.export.boundary.ExportFilter;
import org.tessera.crm.item.boundary.ItemFilter;
import org.tessera.crm.item.boundary.Items;
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.stage.boundary.Pipelines;
import org.tessera.crm.view.LayoutBacking;
import org.tessera.crm.view.Messages;
import org.tessera.crm.view.Pages;
import org.tessera.crm.view.PipelineSelection;

/** The plain list of one item type, one pipeline at a time for types with stages. */
@Named
@ViewScoped
public class ListItemsBacking implements Serializable {

  @Inject ItemTypes itemTypes;
  @Inject Pipelines pipelines;
  @Inject Items items;
  @Inject LayoutBacking layout;

  private final PipelineSelection selection = new PipelineSelection();
  private String typeLabel = "";
  private boolean hasStages;
  private boolean hasAmount;
  private ItemFilter filter;
  private ItemRows rows;

  public void open() {
    Optional<ItemType> found = Pages.itemType(itemTypes, selection.getTypeCode());
    if (found.isEmpty()) {
      return;
    }
    ItemType type = found.get();
    typeLabel = layout.label(type);
    hasStages = type.hasStages();
    hasAmount = type.hasAmount();
    selection.offer(hasStages ? pipelines.allOfType(type.getCode()) : List.of());
    filter = new ItemFilter(type.getCode(), selection.getPipelineId(), null);
    rows = new ItemRows(items, filter);
  }

  public String getTypeLabel() {
    return typeLabel;
  }

  public String getEmptyMessage() {
    return Messages.text("items.empty", getTypeLabel());
  }

  public boolean isHasStages() {
    return hasStages;
  }

  public boolean isHasAmount() {
    return hasAmount;
  }

  public PipelineSelection getSelection() {
    return selection;
  }

  public ItemRows getItems() {
    return rows;
  }

  /** What "Export to Excel" writes: the list as it is shown. */
  public ExportFilter getExportFilter() {
    return ExportFilter.of(filter);
  }
}
