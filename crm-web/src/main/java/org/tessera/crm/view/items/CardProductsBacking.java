package org.tessera.crm.view.items;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.tessera.crm.product.boundary.ItemProducts;
import org.tessera.crm.product.boundary.Products;
import org.tessera.crm.product.entity.Product;
import org.tessera.crm.view.Messages;

/** The card's Products tab: the item's product rows, edited together and saved at once. */
@Named("cardProducts")
@ViewScoped
public class CardProductsBacking implements Serializable {

  @Inject ItemProducts itemProducts;
  @Inject Products products;
  @Inject CardBacking card;

  private List<ProductRowInput> rows;
  private Long chosenProductId;

  public List<ProductRowInput> getRows() {
    if (rows == null) {
      rows =
          new ArrayList<>(itemProducts.of(card.getId()).stream().map(ProductRowInput::of).toList());
    }
    return rows;
  }

  public List<Product> getCatalogue() {
    return products.list(false);
  }

  /** Adds the chosen catalogue product, or an empty row to describe freely. */
  public void add() {
    getRows()
        .add(
            chosenProductId == null
                ? new ProductRowInput()
                : ProductRowInput.of(products.find(chosenProductId)));
    chosenProductId = null;
  }

  public void remove(ProductRowInput row) {
    getRows().remove(row);
  }

  public void save() {
    itemProducts.replace(
        card.getId(), card.getVersion(), getRows().stream().map(ProductRowInput::line).toList());
    rows = null;
    card.reload();
    Messages.info("products.saved");
  }

  public Long getChosenProductId() {
    return chosenProductId;
  }

  public void setChosenProductId(Long chosenProductId) {
    this.chosenProductId = chosenProductId;
  }
}
