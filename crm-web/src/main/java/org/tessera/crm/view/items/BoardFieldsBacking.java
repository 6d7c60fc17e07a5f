package org.tessera.crm.view.items;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.tessera.crm.field.boundary.Fields;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.field.entity.FieldType;
import org.tessera.crm.field.entity.ItemColumn;
import org.tessera.crm.kanban.boundary.BoardFields;
import org.tessera.crm.view.LayoutBacking;
import org.tessera.crm.view.Messages;

/**
 * The board's field settings: which fields the user's cards show (M25), and, for admins, the fields
 * of the quick-create form (M24).
 */
@Named
@ViewScoped
public class BoardFieldsBacking implements Serializable {

  /** A field to tick. */
  public record Choice(String code, String label) implements Serializable {}

  @Inject BoardBacking boardBacking;
  @Inject BoardFields boardFields;
  @Inject Fields fields;
  @Inject LayoutBacking layout;

  private List<Choice> cardChoices = List.of();
  private List<Choice> quickCreateChoices = List.of();
  private List<String> onCards = new ArrayList<>();
  private List<String> inQuickCreate = new ArrayList<>();

  /** Offers every field the user may see, the chosen ones ticked. */
  public void open() {
    String type = typeCode();
    List<Field> visible =
        fields.visibleOfType(type).stream()
            .filter(field -> field.getItemColumn() != ItemColumn.STAGE)
            .toList();
    cardChoices =
        visible.stream()
            .filter(field -> field.getItemColumn() != ItemColumn.TITLE)
            .map(this::choice)
            .toList();
    quickCreateChoices =
        visible.stream()
            .filter(field -> field.getItemColumn() != ItemColumn.TITLE)
            .filter(field -> field.getDataType() != FieldType.FILE)
            .map(this::choice)
            .toList();
    onCards = codes(boardFields.onCards(type));
    inQuickCreate = codes(boardFields.inQuickCreate(type, null));
    inQuickCreate.remove(ItemColumn.TITLE.attribute());
  }

  public void showOnMyCards() {
    boardFields.showOnMyCards(typeCode(), ordered(onCards, cardChoices));
    saved("board.cardFieldsSaved");
  }

  public void showOnCardsOfEveryone() {
    boardFields.showOnCardsOfEveryone(typeCode(), ordered(onCards, cardChoices));
    saved("board.cardFieldsSavedForEveryone");
  }

  public void resetMyCards() {
    onCards = codes(boardFields.resetMyCards(typeCode()));
    saved("board.cardFieldsReset");
  }

  public void chooseForQuickCreate() {
    boardFields.chooseForQuickCreate(typeCode(), ordered(inQuickCreate, quickCreateChoices));
    saved("board.quickCreateFieldsSaved");
  }

  private void saved(String message) {
    Messages.info(message);
    boardBacking.reload();
  }

  /** The ticked codes in the order the fields are offered. */
  private static List<String> ordered(List<String> ticked, List<Choice> offered) {
    return offered.stream().map(Choice::code).filter(ticked::contains).toList();
  }

  private static List<String> codes(List<Field> chosen) {
    return new ArrayList<>(chosen.stream().map(Field::getCode).toList());
  }

  private Choice choice(Field field) {
    return new Choice(field.getCode(), layout.fieldLabel(field));
  }

  private String typeCode() {
    return boardBacking.getSelection().getTypeCode();
  }

  public List<Choice> getCardChoices() {
    return cardChoices;
  }

  public List<Choice> getQuickCreateChoices() {
    return quickCreateChoices;
  }

  public List<String> getOnCards() {
    return onCards;
  }

  public void setOnCards(List<String> onCards) {
    this.onCards = onCards;
  }

  public List<String> getInQuickCreate() {
    return inQuickCreate;
  }

  public void setInQuickCreate(List<String> inQuickCreate) {
    this.inQuickCreate = inQuickCreate;
  }
}
