package org.tessera.crm.view.items;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tessera.crm.export.boundary.ExportFilter;
import org.tessera.crm.field.boundary.Fields;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.field.entity.FieldType;
import org.tessera.crm.item.boundary.Items;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.kanban.boundary.Board;
import org.tessera.crm.kanban.boundary.BoardFields;
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
import org.tessera.crm.view.UserLocale;

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
  @Inject BoardFields boardFields;
  @Inject BoardCards boardCards;
  @Inject UserLocale userLocale;

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
  private List<CardField> quickCreateFields = List.of();
  private final CardEdits newItem = new CardEdits();

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
    Map<Long, BoardCard> cards =
        cards(read.stream().flatMap(column -> column.cards().stream()).toList()).stream()
            .collect(Collectors.toMap(BoardCard::id, Function.identity()));
    columns =
        read.stream()
            .map(
                column ->
                    new BoardColumn(
                        column,
                        column.cards().stream().map(item -> cards.get(item.getId())).toList()))
            .toList();
  }

  private List<BoardCard> cards(List<Item> items) {
    return boardCards.of(items, boardFields.onCards(selection.getTypeCode()));
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
    column.append(cards(more));
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

  /**
   * Opens the quick-create form of a column: the fields an admin chose for the type and those the
   * column's stage requires, with their default values.
   */
  public void prepareQuickCreate(BoardColumn column) {
    newStageId = column.getStageId();
    List<Field> shown =
        boardFields.inQuickCreate(selection.getTypeCode(), newStageId).stream()
            .filter(field -> field.getDataType() != FieldType.FILE)
            .toList();
    CardFields inputs =
        new CardFields(
            CardFields.namesOf(users.active()),
            userLocale.getLocale(),
            Messages.bundle(userLocale.getLocale()));
    quickCreateFields = shown.stream().map(field -> inputs.blank(field, newStageId)).toList();
    Map<String, Object> defaults = new HashMap<>();
    shown.stream()
        .filter(field -> !field.getDefaults().isEmpty())
        .forEach(field -> defaults.put(field.getCode(), field.show(field.getDefaults())));
    newItem.fillNew(defaults, quickCreateFields);
  }

  public void quickCreate() {
    Item created =
        items.create(
            newItem.newItem(
                selection.getTypeCode(), selection.getPipelineId(), newStageId, quickCreateFields));
    Messages.info("board.created", created.getTitle());
    reload();
  }

  private BoardFilter filter() {
    return new BoardFilter(responsibleId, text, createdFrom, createdTo, fieldCode, fieldValue);
  }

  /** What "Export to Excel" writes: the pipeline's cards under the filter, column by column. */
  public ExportFilter getExportFilter() {
    return new ExportFilter(selection.getTypeCode(), selection.getPipelineId(), null, filter());
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

  public List<CardField> getQuickCreateFields() {
    return quickCreateFields;
  }

  public Map<String, Object> getNewItem() {
    return newItem.getInputs();
  }
}
