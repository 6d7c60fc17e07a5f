package org.tessera.crm.view.items;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tessera.crm.item.boundary.ItemFilter;
import org.tessera.crm.item.boundary.Items;
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.shared.entity.UnknownEntity;
import org.tessera.crm.stage.boundary.Pipelines;
import org.tessera.crm.view.LayoutBacking;
import org.tessera.crm.view.Messages;
import org.tessera.crm.view.Pages;
import org.tessera.crm.view.PipelineChoice;

/** The plain list of one item type, one pipeline at a time for types with stages. */
@Named
@ViewScoped
public class ListItemsBacking implements Serializable {

  @Inject ItemTypes itemTypes;
  @Inject Pipelines pipelines;
  @Inject Items items;
  @Inject LayoutBacking layout;

  private String typeCode;
  private Long pipelineId;
  private String typeLabel = "";
  private boolean hasStages;
  private boolean hasAmount;
  private PipelineChoice pipelineChoice = PipelineChoice.none();
  private ItemRows rows;

  public void open() {
    ItemType type;
    try {
      type = itemTypes.byCode(typeCode == null ? "" : typeCode);
    } catch (UnknownEntity unknown) {
      Pages.notFound();
      return;
    }
    typeLabel = layout.label(type);
    hasStages = type.hasStages();
    hasAmount = type.hasAmount();
    pipelineChoice =
        hasStages
            ? PipelineChoice.of(pipelines.allOfType(typeCode), pipelineId)
            : PipelineChoice.none();
    pipelineId = pipelineChoice.getSelectedId();
    rows = new ItemRows(items, new ItemFilter(typeCode, pipelineId, null));
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

  public PipelineChoice getPipelineChoice() {
    return pipelineChoice;
  }

  public ItemRows getItems() {
    return rows;
  }

  public String getTypeCode() {
    return typeCode;
  }

  public void setTypeCode(String typeCode) {
    this.typeCode = typeCode;
  }

  public Long getPipelineId() {
    return pipelineId;
  }

  public void setPipelineId(Long pipelineId) {
    this.pipelineId = pipelineId;
  }
}
