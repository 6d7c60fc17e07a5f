package org.tessera.crm.view.items;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tessera.crm.field.boundary.Fields;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.item.boundary.Items;
import org.tessera.crm.item.boundary.NewItem;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.kanban.boundary.Board;
import org.tessera.crm.kanban.boundary.BoardFilter;
import org.tessera.crm.kanban.boundary.Column;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.shared.entity.PageRequest;
import org.tessera.crm.stage.boundary.Pipelines;
import org.tessera.crm.view.LayoutBacking;
import org.tessera.crm.view.Messages;
import org.tessera.crm.view.Pages;
import org.tessera.crm.view.PipelineSelection;

/**
 * The Kanban board of a pipeline: columns with their count and sum, cards loaded a page at a time,
 * dragged between columns through the same stage move as on the card, quick-created with "+".
 */
@Named
@ViewScoped
public class BoardBacking implements Serializable {

  private static final int PAGE_SIZE = 20;

  /** A field the board can be filtered on. */
  public record FilterField(String code, String label) implements Serializable {}

  @Inject ItemTypes itemTypes;
  @Inject Pipelines pipelines;
  @Inject Board board;
  @Inject Items items;
  @Inject Users users;
  @Inject LayoutBacking layout;
  @Inject Fields fields;

  private final PipelineSelection selection = new PipelineSelection();
  private String typeLabel = "";
  private boolean hasAmount;
  private List<BoardColumn> columns = new ArrayList<>();
  private Long responsibleId;
  private String text;
  private LocalDate createdFrom;
  private LocalDate createdTo;
  private String fieldCode;
  private String fieldValue;
  private List<FilterField> filterFields = List.of();
  private Long newStageId;
  private String newTitle;
  private BigDecimal newAmount;

  public void open() {
    Optional<ItemType> found = Pages.itemType(itemTypes, selection.getTypeCode());
    if (found.isEmpty()) {
      return;
    }
    ItemType type = found.get();
    if (!type.hasStages()) {
      Pages.notFound();
      return;
    }
    typeLabel = layout.label(type);
    hasAmount = type.hasAmount();
    selection.offer(pipelines.allOfType(type.getCode()));
    filterFields =
        fields.visibleOfType(type.getCode()).stream()
            .filter(Field::isFilterable)
            .map(field -> new FilterField(field.getCode(), layout.fieldLabel(field)))
            .toList();
    reload();
  }

  /** Reads the columns again, with the filter as it is now. */
  public void reload() {
    List<Column> read = board.columns(selection.getPipelineId(), filter(), PAGE_SIZE);
    Map<Long, User> avatars =
        board.avatars(read.stream().flatMap(column -> column.cards().stream()).toList());
    columns = read.stream().map(column -> new BoardColumn(column, avatars)).toList();
  }

  public void clearFilter() {
    responsibleId = null;
    text = null;
    createdFrom = null;
    createdTo = null;
    fieldCode = null;
    fieldValue = null;
    reload();
  }

  public void loadMore(BoardColumn column) {
    List<Item> more =
        board
            .cards(
                selection.getPipelineId(),
                column.getStageId(),
                filter(),
                new PageRequest(column.nextPage(), PAGE_SIZE))
            .content();
    Map<Long, User> avatars = board.avatars(more);
    column.append(
        more.stream().map(item -> BoardCard.of(item, avatars.get(item.getId()))).toList());
  }

  /**
   * A card dropped on a column; a refused move shows why, and the board, read again, puts the card
   * back.
   */
  public void move() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    try {
      items.moveToStage(
          Long.parseLong(params.get("item")),
          Long.parseLong(params.get("version")),
          Long.parseLong(params.get("stage")));
    } finally {
      reload();
    }
  }

  public void prepareQuickCreate(BoardColumn column) {
    newStageId = column.getStageId();
    newTitle = null;
    newAmount = null;
  }

  public void quickCreate() {
    items.create(
        new NewItem(
            selection.getTypeCode(),
            selection.getPipelineId(),
            newStageId,
            newTitle,
            newAmount,
            null,
            null,
            null));
    Messages.info("board.created", newTitle);
    reload();
  }

  private BoardFilter filter() {
    return new BoardFilter(responsibleId, text, createdFrom, createdTo, fieldCode, fieldValue);
  }

  public List<User> getUsers() {
    return users.active();
  }

  public PipelineSelection getSelection() {
    return selection;
  }

  public String getTypeLabel() {
    return typeLabel;
  }

  public boolean isHasAmount() {
    return hasAmount;
  }

  public List<BoardColumn> getColumns() {
    return columns;
  }

  public Long getResponsibleId() {
    return responsibleId;
  }

  public void setResponsibleId(Long responsibleId) {
    this.responsibleId = responsibleId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public LocalDate getCreatedFrom() {
    return createdFrom;
  }

  public void setCreatedFrom(LocalDate createdFrom) {
    this.createdFrom = createdFrom;
  }

  public LocalDate getCreatedTo() {
    return createdTo;
  }

  public void setCreatedTo(LocalDate createdTo) {
    this.createdTo = createdTo;
  }

  public List<FilterField> getFilterFields() {
    return filterFields;
  }

  public String getFieldCode() {
    return fieldCode;
  }

  public void setFieldCode(String fieldCode) {
    this.fieldCode = fieldCode;
  }

  public String getFieldValue() {
    return fieldValue;
  }

  public void setFieldValue(String fieldValue) {
    this.fieldValue = fieldValue;
  }

  public String getNewTitle() {
    return newTitle;
  }

  public void setNewTitle(String newTitle) {
    this.newTitle = newTitle;
  }

  public BigDecimal getNewAmount() {
    return newAmount;
  }

  public void setNewAmount(BigDecimal newAmount) {
    this.newAmount = newAmount;
  }
}
