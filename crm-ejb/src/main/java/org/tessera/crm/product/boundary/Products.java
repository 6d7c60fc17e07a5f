package org.tessera.crm.product.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.tessera.crm.audit.boundary.AuditLogged;
import org.tessera.crm.product.entity.Product;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.shared.entity.StaleVersion;
import org.tessera.crm.shared.entity.UnknownEntity;

/** The product catalogue: read by everyone, kept by admins. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class Products {

  @PersistenceContext EntityManager em;

  /** The products offered now, or all of them. */
  public List<Product> list(boolean withInactive) {
    return em.createNamedQuery(withInactive ? Product.ALL : Product.ACTIVE, Product.class)
        .getResultList();
  }

  public Product find(long productId) {
    Product product = em.find(Product.class, productId);
    if (product == null) {
      throw new UnknownEntity("Product", productId);
    }
    return product;
  }

  @RolesAllowed(Roles.ADMIN)
  @AuditLogged
  public Product add(@NotNull @Valid NewProduct request) {
    Product product =
        new Product(request.name(), request.price(), request.currency(), request.taxRate());
    product.activate(request.active() == null || request.active());
    em.persist(product);
    return product;
  }

  @RolesAllowed(Roles.ADMIN)
  @AuditLogged
  public Product change(long productId, long expectedVersion, @NotNull @Valid NewProduct request) {
    Product product = find(productId);
    if (product.getVersion() != expectedVersion) {
      throw new StaleVersion("Product", productId, expectedVersion, product.getVersion());
    }
    product.describe(request.name(), request.price(), request.currency(), request.taxRate());
    product.activate(request.active() == null || request.active());
    em.flush();
    return product;
  }
}
