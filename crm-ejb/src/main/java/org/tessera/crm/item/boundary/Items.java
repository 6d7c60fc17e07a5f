package org.tessera.crm.item.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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
import org.tessera.crm.audit.boundary.AuditLogged;
import org.tessera.crm.audit.boundary.History;
import org.tessera.crm.field.boundary.FieldValues;
import org.tessera.crm.field.boundary.ValueTexts;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.security.boundary.AccessRights;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.Action;
import org.tessera.crm.security.entity.ItemScope;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.Forbidden;
import org.tessera.crm.shared.entity.LikePattern;
import org.tessera.crm.shared.entity.PageOf;
import org.tessera.crm.shared.entity.PageRequest;
import org.tessera.crm.shared.entity.StaleVersion;
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
  @EJB ItemTypes itemTypes;
  @EJB Pipelines pipelines;
  @EJB Users users;
  @EJB AccessRights access;
  @EJB ReadableItems readable;
  @EJB FieldValues fieldValues;
  @EJB ValueTexts valueTexts;
  @EJB Timeline timeline;
  @EJB History history;
  @Inject StageTotals stageTotals;
  @Inject Event<ItemCreated> created;
  @Inject Event<ItemEvent> itemEvents;

  /**
   * Items of one type the caller may read, newest first, optionally narrowed to a pipeline and a
   * stage.
   */
  public PageOf<Item> list(ItemFilter filter, PageRequest page) {
    return list(filter, page, Action.READ);
  }

  /**
   * Items of one type the caller may act on in this way, as {@link #list(ItemFilter, PageRequest)}.
   */
  public PageOf<Item> list(ItemFilter filter, PageRequest page, Action action) {
    ItemType type = itemTypes.byCode(filter.typeCode());
    ItemScope scope = access.scope(type.getCode(), action);
    Map<String, Object> parameters = new LinkedHashMap<>(scope.parameters());
    StringBuilder where = new StringBuilder(" where i.itemType = :type").append(scope.jpql());
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

  /**
   * An item the caller may read.
   *
   * @throws Forbidden {@code access.denied} for an item outside the caller's reading scope
   */
  public Item find(long itemId) {
    return readable.find(itemId);
  }

  /**
   * The newest items of the type the caller may read whose title holds the text, compared without
   * case.
   */
  public List<Item> titleContaining(String typeCode, String text, int most) {
    ItemScope scope = access.scope(typeCode, Action.READ);
    TypedQuery<Item> query =
        em.createQuery(
            "select i from Item i left join fetch i.stage where i.itemType.code = :type"
                + " and lower(i.title) like :text"
                + scope.jpql()
                + " order by i.id desc",
            Item.class);
    scope.parameters().forEach(query::setParameter);
    return query
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
    require(item, Action.CREATE);
    em.persist(item);
    em.flush();
    fieldValues.writeNew(item, request.fields());
    timeline.created(item, author);
    stageTotals.added(item);
    created.fire(new ItemCreated(item));
    itemEvents.fire(new ItemEvent(ItemEvent.Kind.ITEM_CREATED, item, Map.of()));
    return item;
  }

  /** Applies the user's edit, refused if someone changed the item since the user loaded it. */
  public Item update(long itemId, long expectedVersion, @NotNull @Valid ItemChanges changes) {
    // Read before the item is touched: a query would flush that touch as a version of its own.
    Item item = find(itemId);
    Map<Field, String> before = valueTexts.of(item);
    editable(item, expectedVersion, Action.UPDATE);
    BigDecimal oldAmount = item.getAmount();
    item.retitle(changes.title());
    item.price(changes.amount(), changes.currency());
    stageTotals.repriced(item, oldAmount);
    item.assignTo(changes.responsibleId() == null ? null : users.find(changes.responsibleId()));
    fieldValues.write(item, changes.fields());
    told(item, before);
    return flushed(item);
  }

  /**
   * Called by the product rows of the item, in their transaction: with rows, the amount is their
   * total; without, the amount stays and is the user's again.
   */
  public Item priceByProducts(
      long itemId, long expectedVersion, boolean hasRows, BigDecimal total) {
    Item item = find(itemId);
    Map<Field, String> before = valueTexts.of(item);
    editable(item, expectedVersion, Action.UPDATE);
    BigDecimal oldAmount = item.getAmount();
    item.priceByProducts(hasRows, total);
    stageTotals.repriced(item, oldAmount);
    told(item, before);
    return flushed(item);
  }

  /**
   * Moves the item to another stage of its pipeline, if the fields required there are filled, and
   * tells it on the timeline; moving it to the stage it is in changes nothing.
   */
  public Item moveToStage(long itemId, long expectedVersion, long stageId) {
    ReadableItems.ItemAtStage found = readable.findWithStage(itemId, stageId);
    Item item = found.item();
    Stage from = item.getStage();
    Stage target = found.stage();
    if (target.getId().equals(from.getId()) && item.getVersion() == expectedVersion) {
      return item;
    }
    editable(item, expectedVersion, Action.UPDATE);
    item.moveTo(target);
    fieldValues.requireComplete(item);
    timeline.stageChanged(item, from, item.getUpdatedBy());
    history.stageChanged(item, from);
    itemEvents.fire(
        new ItemEvent(
            ItemEvent.Kind.STAGE_CHANGED,
            item,
            Map.of(
                "fromStageId", from.getId(),
                "fromStage", from.getName(),
                "toStageId", target.getId(),
                "toStage", target.getName())));
    flushed(item);
    // Last: the totals' rows stay locked from here to the commit only.
    stageTotals.moved(item, from);
    return item;
  }

  @AuditLogged
  public void delete(long itemId, long expectedVersion) {
    Item item = find(itemId);
    editable(item, expectedVersion, Action.DELETE);
    itemEvents.fire(new ItemEvent(ItemEvent.Kind.ITEM_DELETED, item, Map.of()));
    stageTotals.removed(item);
    em.remove(item);
  }

  /** Refuses an action outside the caller's scope or on a stale version, else marks who acts. */
  private void editable(Item item, long expectedVersion, Action action) {
    require(item, action);
    if (item.getVersion() != expectedVersion) {
      throw new StaleVersion("Item", item.getId(), expectedVersion, item.getVersion());
    }
    item.touchedBy(users.current());
  }

  /** Tells the change on the item's history and, for audited fields, on its timeline. */
  private void told(Item item, Map<Field, String> before) {
    Map<Field, String> after = valueTexts.of(item);
    history.fieldsChanged(item, before, after);
    timeline.fieldsChanged(item, before, after);
  }

  private void require(Item item, Action action) {
    readable.require(item, action);
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
