package org.tessera.crm.product.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.tessera.crm.item.boundary.Items;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.product.entity.Product;
import org.tessera.crm.product.entity.ProductRow;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

/** The product rows of items (the Products tab); an item with rows is priced by their total. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class ItemProducts {

  /** Rows on one item; more is a price list, not a deal. */
  public static final int MOST_ROWS = 500;

  @PersistenceContext EntityManager em;
  @EJB Items items;
  @EJB Products products;

  public List<ProductRow> of(long itemId) {
    items.find(itemId);
    return rows(itemId);
  }

  /**
   * Replaces the item's rows, refused if someone changed the item since the user loaded it; the
   * item's amount becomes their total (an empty list frees it).
   */
  public Item replace(
      long itemId, long expectedVersion, @NotNull List<@NotNull @Valid ProductLine> lines) {
    if (lines.size() > MOST_ROWS) {
      throw new BusinessRuleViolation(
          "product.too-many-rows", "An item holds at most " + MOST_ROWS + " product rows");
    }
    Item item = items.find(itemId);
    List<ProductRow> rows = new ArrayList<>();
    for (ProductLine line : lines) {
      rows.add(row(line).placeOn(itemId, rows.size()));
    }
    return write(item, expectedVersion, rows);
  }

  /** Copies the source's rows to an item just created from it, in the caller's transaction. */
  public void copy(Item source, Item created) {
    List<ProductRow> sourceRows = rows(source.getId());
    if (sourceRows.isEmpty() || !created.getItemType().hasAmount()) {
      return;
    }
    List<ProductRow> copies = new ArrayList<>();
    for (ProductRow row : sourceRows) {
      copies.add(row.copyFor(created.getId(), copies.size()));
    }
    write(created, created.getVersion(), copies);
  }

  private Item write(Item item, long expectedVersion, List<ProductRow> rows) {
    em.createNamedQuery(ProductRow.DELETE_OF_ITEM)
        .setParameter("item", item.getId())
        .executeUpdate();
    rows.forEach(em::persist);
    return items.priceByProducts(
        item.getId(), expectedVersion, !rows.isEmpty(), ProductRow.totalOf(rows));
  }

  private ProductRow row(ProductLine line) {
    Product product = line.productId() == null ? null : products.find(line.productId());
    String name = line.name() != null && !line.name().isBlank() ? line.name() : nameOf(product);
    return new ProductRow(
        product,
        name,
        line.price() != null ? line.price() : product == null ? null : product.getPrice(),
        line.quantity(),
        line.discountPercent(),
        line.taxRate() != null ? line.taxRate() : product == null ? null : product.getTaxRate());
  }

  private static String nameOf(Product product) {
    if (product == null) {
      throw new BusinessRuleViolation(
          "product.row-unnamed", "A product row names a catalogue product or has a name");
    }
    return product.getName();
  }

  private List<ProductRow> rows(long itemId) {
    return em.createNamedQuery(ProductRow.OF_ITEM, ProductRow.class)
        .setParameter("item", itemId)
        .getResultList();
  }
}
