package org.tessera.crm.api.product;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.tessera.crm.item.boundary.Items;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.product.boundary.ItemProducts;
import org.tessera.crm.product.boundary.ProductLine;
import org.tessera.crm.product.entity.ProductRow;

/**
 * The product rows of an item; replacing them (at the item's version) reprices the item: its amount
 * is their total, taxes included.
 */
@Path("items/{id}/products")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemProductsResource {

  /** One row with what it comes to. */
  public record RowView(
      Long productId,
      String name,
      BigDecimal price,
      BigDecimal quantity,
      BigDecimal discountPercent,
      BigDecimal taxRate,
      BigDecimal net,
      BigDecimal tax,
      BigDecimal total) {

    static RowView of(ProductRow row) {
      return new RowView(
          row.getProduct() == null ? null : row.getProduct().getId(),
          row.getName(),
          row.getPrice(),
          row.getQuantity(),
          row.getDiscountPercent(),
          row.getTaxRate(),
          row.net(),
          row.tax(),
          row.total());
    }
  }

  /** The rows of an item and the item's amount and version after them. */
  public record ItemProductsView(
      long itemVersion,
      BigDecimal amount,
      String currency,
      boolean pricedByProducts,
      List<RowView> rows) {}

  /** New rows for the item loaded at {@code version}. */
  public record RowsChange(
      @NotNull Long version, @NotNull List<@NotNull @Valid ProductLine> rows) {}

  @EJB ItemProducts itemProducts;
  @EJB Items items;

  @GET
  public ItemProductsView of(@PathParam("id") long itemId) {
    List<ProductRow> rows = itemProducts.of(itemId);
    return view(items.find(itemId), rows);
  }

  @PUT
  public ItemProductsView replace(@PathParam("id") long itemId, @NotNull @Valid RowsChange change) {
    Item item = itemProducts.replace(itemId, change.version(), change.rows());
    return view(item, itemProducts.of(itemId));
  }

  private static ItemProductsView view(Item item, List<ProductRow> rows) {
    return new ItemProductsView(
        item.getVersion(),
        item.getAmount(),
        item.getCurrency(),
        item.isPricedByProducts(),
        rows.stream().map(RowView::of).toList());
  }
}
