package org.tessera.crm.itemtype.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.tessera.crm.audit.boundary.AuditLogged;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.security.boundary.AccessRights;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.shared.entity.DuplicateName;
import org.tessera.crm.shared.entity.Limits;
import org.tessera.crm.shared.entity.UnknownEntity;
import org.tessera.crm.stage.entity.Pipeline;

/** The item types of the CRM; admins add custom ones. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class ItemTypes {

  @EJB AccessRights access;

  private static final int ORDER_STEP = 10;

  @PersistenceContext EntityManager em;

  public List<ItemType> all() {
    return em.createNamedQuery(ItemType.ALL, ItemType.class).getResultList();
  }

  public ItemType byCode(String code) {
    return findByCode(code).orElseThrow(() -> new UnknownEntity("Item type", code));
  }

  /**
   * The type, if the caller may change its settings: admins, and holders of a role that allows its
   * settings (docs/adr/0007).
   *
   * @throws org.tessera.crm.shared.entity.Forbidden {@code access.no-settings} otherwise
   */
  public ItemType settable(String code) {
    return settable(byCode(code));
  }

  public ItemType settable(ItemType type) {
    access.requireSettings(type.getCode(), type.getName());
    return type;
  }

  /**
   * Creates a custom type with its core fields; a type with stages gets its first pipeline at once.
   */
  @RolesAllowed(Roles.ADMIN)
  @AuditLogged
  public ItemType createCustom(
      @NotNull @Pattern(regexp = Limits.CODE_PATTERN) String code,
      @NotBlank @Size(max = Limits.NAME) String name,
      boolean hasStages,
      boolean hasAmount) {
    if (findByCode(code).isPresent()) {
      throw new DuplicateName("Item type code", code);
    }
    Integer lastOrder = em.createNamedQuery(ItemType.MAX_ORDER, Integer.class).getSingleResult();
    ItemType type =
        ItemType.custom(code, name.strip(), hasStages, hasAmount, lastOrder + ORDER_STEP);
    em.persist(type);
    Field.coreOf(type).forEach(em::persist);
    if (hasStages) {
      em.persist(Pipeline.withDefaultStages(type, type.getName(), 0));
    }
    return type;
  }

  private Optional<ItemType> findByCode(String code) {
    return em.createNamedQuery(ItemType.BY_CODE, ItemType.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }
}
