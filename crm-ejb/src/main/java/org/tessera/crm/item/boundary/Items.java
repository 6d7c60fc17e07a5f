package org.tessera.crm.item.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tessera.crm.field.boundary.AuditedValues;
import org.tessera.crm.field.boundary.FieldValues;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.LikePattern;
import org.tessera.crm.shared.entity.PageOf;
import org.tessera.crm.shared.entity.PageRequest;
import org.tessera.crm.shared.entity.StaleVersion;
import org.tessera.crm.shared.entity.UnknownEntity;
import org.tessera.crm.stage.boundary.Pipelines;
import org.tessera.crm.stage.boundary.StageTotals;
import org.tessera.crm.stage.entity.Pipeline;
import org.tessera.crm.stage.entity.Stage;
import org.tessera.crm.timeline.boundary.Timeline;

/** Creating, reading, changing and deleting items of every type. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class Items {

  @PersistenceContext EntityManager em;
  @Inject ItemTypes itemTypes;
  @Inject Pipelines pipelines;
  @Inject Users users;
  @Inject FieldValues fieldValues;
  @Inject AuditedValues auditedValues;
  @Inject Timeline timeline;
  @Inject StageTotals stageTotals;
  @Inject Event<ItemCreated> created;

  /** Items of one type, newest first, optionally narrowed to a pipeline and a stage. */
  public PageOf<Item> list(ItemFilter filter, PageRequest page) {
    ItemType type = itemTypes.byCode(filter.typeCode());
    Map<String, Object> parameters = new LinkedHashMap<>();
    StringBuilder where = new StringBuilder(" where i.itemType = :type");
    parameters.put("type", type);
    if (filter.pipelineId() != null) {
      where.append(" and i.pipeline.id = :pipeline");
      parameters.put("pipeline", filter.pipelineId());
    }
    if (filter.stageId() != null) {
      where.append(" and i.stage.id = :stage");
      parameters.put("stage", filter.stageId());
    }
    TypedQuery<Item> rows =
        em.createQuery(
            "select i from Item i left join fetch i.stage left join fetch i.responsible"
                + where
                + " order by i.id desc",
            Item.class);
    TypedQuery<Long> count = em.createQuery("select count(i) from Item i" + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          rows.setParameter(name, value);
          count.setParameter(name, value);
        });
    var content = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new PageOf<>(content, page.page(), page.size(), count.getSingleResult());
  }

  public Item find(long itemId) {
    Item item = em.find(Item.class, itemId);
    if (item == null) {
      throw new UnknownEntity("Item", itemId);
    }
    return item;
  }

  /** The newest items of the type whose title holds the text, compared without case. */
  public List<Item> titleContaining(String typeCode, String text, int most) {
    return em.createNamedQuery(Item.TITLE_CONTAINING, Item.class)
        .setParameter("type", typeCode)
        .setParameter("text", LikePattern.containing(text))
        .setMaxResults(most)
        .getResultList();
  }

  /** The oldest item of the type with this title, compared without case. */
  public Optional<Item> titled(String typeCode, String title) {
    return em.createNamedQuery(Item.BY_TITLE, Item.class)
        .setParameter("type", typeCode)
        .setParameter("title", title.toLowerCase(Locale.ROOT))
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * Creates an item; one of a type with stages starts in its pipeline's initial stage, and fields
   * required there must come with it.
   */
  public Item create(@NotNull @Valid NewItem request) {
    ItemType type = itemTypes.byCode(request.typeCode());
    User author = users.current();
    Item item =
        type.hasStages()
            ? Item.inPipeline(pipelineFor(type, request.pipelineId()), request.title(), author)
            : withoutPipeline(type, request, author);
    if (request.stageId() != null) {
      if (item.getPipeline() == null) {
        throw new BusinessRuleViolation("item.no-stages", type.getName() + " have no stages");
      }
      item.moveTo(item.getPipeline().stage(request.stageId()));
    }
    item.price(request.amount(), request.currency());
    item.assignTo(request.responsibleId() == null ? author : users.find(request.responsibleId()));
    em.persist(item);
    em.flush();
    fieldValues.writeNew(item, request.fields());
    timeline.created(item, author);
    stageTotals.added(item);
    created.fire(new ItemCreated(item));
    return item;
  }

  /** Applies the user's edit, refused if someone changed the item since the user loaded it. */
  public Item update(long itemId, long expectedVersion, @NotNull @Valid ItemChanges changes) {
    // Read before the item is touched: a query would flush that touch as a version of its own.
    Map<Field, String> before = auditedValues.of(find(itemId));
    Item item = editable(itemId, expectedVersion);
    BigDecimal oldAmount = item.getAmount();
    item.retitle(changes.title());
    item.price(changes.amount(), changes.currency());
    stageTotals.repriced(item, oldAmount);
    item.assignTo(changes.responsibleId() == null ? null : users.find(changes.responsibleId()));
    fieldValues.write(item, changes.fields());
    if (!before.isEmpty()) {
      timeline.fieldsChanged(item, before, auditedValues.of(item));
    }
    return flushed(item);
  }

  /**
   * Called by the product rows of the item, in their transaction: with rows, the amount is their
   * total; without, the amount stays and is the user's again.
   */
  public Item priceByProducts(
      long itemId, long expectedVersion, boolean hasRows, BigDecimal total) {
    Item item = editable(itemId, expectedVersion);
    BigDecimal oldAmount = item.getAmount();
    item.priceByProducts(hasRows, total);
    stageTotals.repriced(item, oldAmount);
    return flushed(item);
  }

  /**
   * Moves the item to another stage of its pipeline, if the fields required there are filled, and
   * tells it on the timeline; moving it to the stage it is in changes nothing.
   */
  public Item moveToStage(long itemId, long expectedVersion, long stageId) {
    Item item = find(itemId);
    if (item.getPipeline() == null) {
      throw new BusinessRuleViolation(
          "item.no-stages", item.getItemType().getName() + " have no stages");
    }
    Stage from = item.getStage();
    Stage target = item.getPipeline().stage(stageId);
    if (target.getId().equals(from.getId()) && item.getVersion() == expectedVersion) {
      return item;
    }
    editable(itemId, expectedVersion);
    item.moveTo(target);
    fieldValues.requireComplete(item);
    timeline.stageChanged(item, from, item.getUpdatedBy());
    stageTotals.moved(item, from);
    return flushed(item);
  }

  public void delete(long itemId, long expectedVersion) {
    Item item = editable(itemId, expectedVersion);
    stageTotals.removed(item);
    em.remove(item);
  }

  private Item editable(long itemId, long expectedVersion) {
    Item item = find(itemId);
    if (item.getVersion() != expectedVersion) {
      throw new StaleVersion("Item", itemId, expectedVersion, item.getVersion());
    }
    item.touchedBy(users.current());
    return item;
  }

  /** Writes the change now, so the caller sees the version the next edit must name. */
  private Item flushed(Item item) {
    em.flush();
    return item;
  }

  private Pipeline pipelineFor(ItemType type, Long pipelineId) {
    return pipelineId == null ? pipelines.defaultOf(type) : pipelines.findOfType(type, pipelineId);
  }

  private static Item withoutPipeline(ItemType type, NewItem request, User author) {
    if (request.pipelineId() != null) {
      throw new BusinessRuleViolation("item.no-stages", type.getName() + " have no pipelines");
    }
    return Item.withoutStages(type, request.title(), author);
  }
}
