package org.tessera.crm.view.items;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.tessera.crm.item.boundary.Items;
import org.tessera.crm.item.boundary.NewItem;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.relation.boundary.Conversions;
import org.tessera.crm.relation.boundary.ItemDraft;
import org.tessera.crm.relation.boundary.Relations;
import org.tessera.crm.relation.entity.ItemRelation;
import org.tessera.crm.view.LayoutBacking;
import org.tessera.crm.view.Messages;

/**
 * The card's Dependencies tab (the items linked to this one, linking and unlinking) and its
 * "Create" menu: another item made from this one, prefilled for review.
 */
@Named("cardRelations")
@ViewScoped
public class CardRelationsBacking implements Serializable {

  private static final int FOUND_MOST = 10;

  /** A type to create from the card, or to look for items to link. */
  public record TypeChoice(String code, String label) {}

  /** An item found to link. */
  public record Candidate(long id, String title, String stageName) {}

  @Inject Relations relations;
  @Inject Conversions conversions;
  @Inject Items items;
  @Inject ItemTypes itemTypes;
  @Inject LayoutBacking layout;
  @Inject CardBacking card;

  private List<RelationRow> rows;
  private String searchType;
  private String searchText;
  private List<Candidate> candidates = List.of();
  private String createType;
  private String createTitle;
  private BigDecimal createAmount;

  public List<RelationRow> getRows() {
    if (rows == null) {
      long itemId = card.getId();
      rows = relations.of(itemId).stream().map(relation -> row(relation, itemId)).toList();
    }
    return rows;
  }

  /** The types this item may become, for the "Create" menu. */
  public List<TypeChoice> getTargets() {
    return conversions.from(card.getTypeCode()).stream()
        .map(conversion -> choice(conversion.getTargetType()))
        .toList();
  }

  /** Every type, to look for an item to link in. */
  public List<TypeChoice> getTypes() {
    return layout.getItemTypes().stream().map(this::choice).toList();
  }

  public void search() {
    candidates =
        searchType == null || searchText == null || searchText.isBlank()
            ? List.of()
            : items.titleContaining(searchType, searchText, FOUND_MOST).stream()
                .filter(item -> item.getId() != card.getId().longValue())
                .map(
                    item ->
                        new Candidate(
                            item.getId(),
                            item.getTitle(),
                            item.getStage() == null ? null : item.getStage().getName()))
                .toList();
  }

  public void link(long otherId) {
    relations.link(card.getId(), otherId);
    candidates = List.of();
    searchText = null;
    rows = null;
    Messages.info("relation.linked");
  }

  public void unlink(long otherId) {
    relations.unlink(card.getId(), otherId);
    rows = null;
    Messages.info("relation.unlinked");
  }

  /** Prefills the item of the chosen type for the create dialog. */
  public void prepareCreate(String typeCode) {
    NewItem prefilled = conversions.prefill(card.getId(), typeCode);
    createType = typeCode;
    createTitle = prefilled.title();
    createAmount = prefilled.amount();
  }

  /** Creates the reviewed item and opens its card. */
  public String create() {
    Item created =
        conversions.createFrom(
            card.getId(),
            new ItemDraft(createType, null, null, createTitle, createAmount, null, null, null));
    Messages.flash("relation.created", created.getTitle());
    return CardBacking.outcome(created.getId());
  }

  public String getCreateTypeLabel() {
    return createType == null ? "" : layout.label(itemTypes.byCode(createType));
  }

  private TypeChoice choice(ItemType type) {
    return new TypeChoice(type.getCode(), layout.label(type));
  }

  private RelationRow row(ItemRelation relation, long seenFrom) {
    Item other = relation.other(seenFrom);
    return new RelationRow(
        other.getId(),
        layout.label(other.getItemType()),
        other.getTitle(),
        other.getStage() == null ? null : other.getStage().getName(),
        other.getStage() == null ? null : other.getStage().getColor(),
        other.getAmount(),
        other.getCurrency(),
        relation.roleSeenFrom(seenFrom).name(),
        relation.isUnlinkable());
  }

  public String getSearchType() {
    return searchType;
  }

  public void setSearchType(String searchType) {
    this.searchType = searchType;
  }

  public String getSearchText() {
    return searchText;
  }

  public void setSearchText(String searchText) {
    this.searchText = searchText;
  }

  public List<Candidate> getCandidates() {
    return candidates;
  }

  public String getCreateTitle() {
    return createTitle;
  }

  public void setCreateTitle(String createTitle) {
    this.createTitle = createTitle;
  }

  public BigDecimal getCreateAmount() {
    return createAmount;
  }

  public void setCreateAmount(BigDecimal createAmount) {
    this.createAmount = createAmount;
  }
}
