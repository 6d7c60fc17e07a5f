package org.tessera.crm.api.product;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.tessera.crm.product.boundary.NewProduct;
import org.tessera.crm.product.boundary.Products;

/** The product catalogue; {@code ?all=true} lists products no longer offered too. */
@Path("products")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductsResource {

  @EJB Products products;

  @GET
  public List<ProductView> list(@QueryParam("all") boolean all) {
    return products.list(all).stream().map(ProductView::of).toList();
  }

  @POST
  public Response add(@NotNull @Valid NewProduct product) {
    return Response.status(Response.Status.CREATED)
        .entity(ProductView.of(products.add(product)))
        .build();
  }

  @PUT
  @Path("{id}")
  public ProductView change(
      @PathParam("id") long id,
      @NotNull @QueryParam("version") Long version,
      @NotNull @Valid NewProduct product) {
    return ProductView.of(products.change(id, version, product));
  }
}
