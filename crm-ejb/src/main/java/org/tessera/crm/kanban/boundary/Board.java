package org.tessera.crm.kanban.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tessera.crm.field.boundary.FieldValues;
import org.tessera.crm.field.boundary.Fields;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.field.entity.FieldCondition;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.security.boundary.AccessRights;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.Action;
import org.tessera.crm.security.entity.ItemScope;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.LikePattern;
import org.tessera.crm.shared.entity.PageOf;
import org.tessera.crm.shared.entity.PageRequest;
import org.tessera.crm.stage.boundary.Pipelines;
import org.tessera.crm.stage.entity.Pipeline;
import org.tessera.crm.stage.entity.Stage;
import org.tessera.crm.stage.entity.StageTotal;

/**
 * The Kanban board of a pipeline. Counts and sums come from one grouped query over the pipeline;
 * cards are read a page per column, newest first, never the whole pipeline. Moving a card is the
 * item service's stage move, the same as from the card.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class Board {

  @PersistenceContext EntityManager em;
  @EJB Pipelines pipelines;
  @EJB Fields fields;
  @EJB AccessRights access;
  @EJB FieldValues fieldValues;
  @EJB BoardFields boardFields;
  @EJB Users users;
  @Inject CardSignals cardSignals;

  private static final Comparator<Item> NEWEST_FIRST =
      Comparator.comparing(Item::getId, Comparator.reverseOrder());

  /**
   * Every stage of the pipeline in order, with the count and sum of the items that match and the
   * first {@code cardsPerColumn} of them.
   */
  public List<Column> columns(long pipelineId, BoardFilter filter, int cardsPerColumn) {
    return columns(pipelines.kept(pipelineId), filter, cardsPerColumn);
  }

  private List<Column> columns(Pipeline pipeline, BoardFilter filter, int cardsPerColumn) {
    ItemScope scope = scope(pipeline, Action.READ);
    Map<Long, Object[]> byStage = new HashMap<>();
    totals(pipeline, filter, scope).forEach(row -> byStage.put((Long) row[0], row));
    List<Stage> filled =
        pipeline.getStages().stream()
            .filter(stage -> count(byStage.get(stage.getId())) > 0)
            .toList();
    Map<Long, List<Item>> cards =
        showsEverything(filter, scope)
            ? newestOfEach(pipeline, filled, cardsPerColumn)
            : pageOfEach(pipeline, filled, filter, scope, cardsPerColumn);
    return pipeline.getStages().stream()
        .map(
            stage -> {
              Object[] row = byStage.get(stage.getId());
              long count = count(row);
              if (count == 0) {
                return new Column(stage, 0, BigDecimal.ZERO, List.of());
              }
              return new Column(
                  stage,
                  count,
                  row[2] == null ? BigDecimal.ZERO : (BigDecimal) row[2],
                  cards.get(stage.getId()));
            })
        .toList();
  }

  /** The count of a row of {@link #totals}; a stage without row holds nothing. */
  private static long count(Object[] totalsRow) {
    return totalsRow == null ? 0 : ((Number) totalsRow[1]).longValue();
  }

  /** A board without filter, for a reader who may read every item of the pipeline. */
  private static boolean showsEverything(BoardFilter filter, ItemScope scope) {
    return filter.isEmpty() && !scope.isPartial();
  }

  /**
   * The newest cards of every stage in one statement instead of one per column, one union branch
   * per stage (each an index range scan), the items built by hand from their columns with the kept
   * pipeline, its stages and type; then their users in one more (docs/adr/0019).
   */
  private Map<Long, List<Item>> newestOfEach(Pipeline pipeline, List<Stage> stages, int most) {
    Map<Long, List<Item>> cards = new LinkedHashMap<>();
    if (stages.isEmpty()) {
      return cards;
    }
    // The ids are written into the statement, not bound: with parameters PostgreSQL planned it
    // again on every board (the stages' sizes differ), without them it keeps one plan per
    // pipeline and connection. They are the kept pipeline's numbers, never a caller's text.
    StringBuilder union = new StringBuilder();
    for (Stage stage : stages) {
      union
          .append(union.isEmpty() ? "" : " union all ")
          .append("(select ")
          .append(Item.COLUMNS)
          .append(" from item i where i.pipeline_id = ")
          .append(pipeline.getId().longValue())
          .append(" and i.stage_id = ")
          .append(stage.getId().longValue())
          .append(" order by i.id desc fetch first ")
          .append(most)
          .append(" rows only)");
      cards.put(stage.getId(), new ArrayList<>());
    }
    List<Object[]> rows = new ArrayList<>();
    for (Object row : em.createNativeQuery(union.toString()).getResultList()) {
      rows.add((Object[]) row);
    }
    Map<Long, User> users = usersOf(rows);
    for (Object[] row : rows) {
      Item item = Item.ofColumns(row, pipeline, users);
      cards.get(item.getStage().getId()).add(item);
    }
    // A union keeps no order of its own; each branch's, newest first, is the column's.
    cards.values().forEach(column -> column.sort(NEWEST_FIRST));
    return cards;
  }

  /** The users the rows of items name, by id. */
  private Map<Long, User> usersOf(List<Object[]> rows) {
    return users.named(rows.stream().flatMap(Item::userIds).collect(Collectors.toSet()));
  }

  private Map<Long, List<Item>> pageOfEach(
      Pipeline pipeline, List<Stage> stages, BoardFilter filter, ItemScope scope, int most) {
    Map<Long, List<Item>> cards = new LinkedHashMap<>();
    for (Stage stage : stages) {
      cards.put(stage.getId(), page(pipeline, stage, filter, scope, new PageRequest(0, most)));
    }
    return cards;
  }

  /**
   * The board in one transaction: its columns as {@link #columns}, what their cards show, and the
   * codes of the fields the reader shows on cards.
   */
  public CardDetails.OfBoard withDetails(long pipelineId, BoardFilter filter, int cardsPerColumn) {
    Pipeline pipeline = pipelines.kept(pipelineId);
    List<Column> columns = columns(pipeline, filter, cardsPerColumn);
    List<String> cardFields =
        boardFields.onCards(pipeline.getItemType()).stream().map(Field::getCode).toList();
    return new CardDetails.OfBoard(
        pipeline,
        columns,
        cardFields,
        details(columns.stream().flatMap(column -> column.cards().stream()).toList()));
  }

  /** The field values, avatars and activity counters of these cards, in one transaction. */
  public CardDetails details(List<Item> cards) {
    if (cards.isEmpty()) {
      return CardDetails.NONE;
    }
    CardSignals.Read signals = cardSignals.of(cards, users.signedIn().deadlineWarning());
    Map<Long, User> faces = users.named(Set.copyOf(signals.avatars().values()));
    Map<Long, User> avatars = new HashMap<>();
    signals.avatars().forEach((card, user) -> avatars.put(card, faces.get(user)));
    return new CardDetails(fieldValues.of(cards), avatars, signals.counters());
  }

  /**
   * Stage id, count and sum per stage: kept totals for the whole pipeline (docs/adr/0004), counted
   * on the spot for a filtered board or a reader who may not read every item.
   */
  private List<Object[]> totals(Pipeline pipeline, BoardFilter filter, ItemScope scope) {
    if (showsEverything(filter, scope)) {
      return em.createNamedQuery(StageTotal.OF_PIPELINE, Object[].class)
          .setParameter("pipeline", pipeline.getId())
          .getResultList();
    }
    Conditions where = conditions(pipeline, filter, scope);
    TypedQuery<Object[]> totals =
        em.createQuery(
            "select i.stage.id, count(i), sum(i.amount) from Item i"
                + where.jpql()
                + " group by i.stage.id",
            Object[].class);
    where.parameters.forEach(totals::setParameter);
    return totals.getResultList();
  }

  /**
   * Who holds how many open items, and for how much, at each stage of the pipeline that is not
   * final (M23), the busiest first.
   */
  public List<WorkloadRow> workload(long pipelineId) {
    Pipeline pipeline = pipelines.kept(pipelineId);
    List<Long> open =
        pipeline.getStages().stream()
            .filter(stage -> !stage.getSemantics().isFinal())
            .map(Stage::getId)
            .toList();
    Map<Long, Map<Long, WorkloadRow.Cell>> cells = new LinkedHashMap<>();
    Map<Long, String> names = new HashMap<>();
    ItemScope scope = scope(pipeline, Action.READ);
    TypedQuery<Object[]> workload =
        em.createQuery(
            "select r.id, r.fullName, i.stage.id, count(i), sum(i.amount) from Item i"
                + " left join i.responsible r where i.pipeline = :pipeline and i.stage.id in :stages"
                + scope.jpql()
                + " group by r.id, r.fullName, i.stage.id",
            Object[].class);
    scope.parameters().forEach(workload::setParameter);
    workload
        .setParameter("pipeline", pipeline)
        .setParameter("stages", open)
        .getResultStream()
        .forEach(
            row -> {
              Long user = (Long) row[0];
              names.put(user, (String) row[1]);
              cells
                  .computeIfAbsent(user, u -> new LinkedHashMap<>())
                  .put(
                      (Long) row[2],
                      new WorkloadRow.Cell(
                          ((Number) row[3]).longValue(),
                          row[4] == null ? BigDecimal.ZERO : (BigDecimal) row[4]));
            });
    return cells.entrySet().stream()
        .map(
            user ->
                new WorkloadRow(
                    user.getKey(),
                    names.get(user.getKey()),
                    user.getValue(),
                    user.getValue().values().stream().mapToLong(WorkloadRow.Cell::count).sum(),
                    user.getValue().values().stream()
                        .map(WorkloadRow.Cell::sum)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)))
        .sorted(Comparator.comparingLong(WorkloadRow::count).reversed())
        .toList();
  }

  /** A page of one column's cards the caller may read, newest first ("load more"). */
  public PageOf<Item> cards(long pipelineId, long stageId, BoardFilter filter, PageRequest page) {
    return cards(pipelineId, stageId, filter, page, Action.READ);
  }

  /** A page of one column's cards the caller may read, with their details, in one transaction. */
  public CardDetails.OfPage cardsWithDetails(
      long pipelineId, long stageId, BoardFilter filter, PageRequest page) {
    PageOf<Item> cards = cards(pipelineId, stageId, filter, page);
    return new CardDetails.OfPage(cards, details(cards.content()));
  }

  /** A page of one column's cards the caller may act on in this way, newest first. */
  public PageOf<Item> cards(
      long pipelineId, long stageId, BoardFilter filter, PageRequest page, Action action) {
    Pipeline pipeline = pipelines.kept(pipelineId);
    Stage stage = pipeline.stage(stageId);
    ItemScope scope = scope(pipeline, action);
    Conditions where = inStage(pipeline, stage, filter, scope);
    TypedQuery<Long> count =
        em.createQuery("select count(i) from Item i" + where.jpql(), Long.class);
    where.parameters.forEach(count::setParameter);
    return new PageOf<>(
        page(pipeline, stage, filter, scope, page),
        page.page(),
        page.size(),
        count.getSingleResult());
  }

  private List<Item> page(
      Pipeline pipeline, Stage stage, BoardFilter filter, ItemScope scope, PageRequest page) {
    Conditions where = inStage(pipeline, stage, filter, scope);
    TypedQuery<Item> cards =
        em.createQuery(
            "select i from Item i left join fetch i.responsible"
                + where.jpql()
                + " order by i.id desc",
            Item.class);
    where.parameters.forEach(cards::setParameter);
    return cards
        .setHint("eclipselink.read-only", true)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
  }

  private Conditions inStage(Pipeline pipeline, Stage stage, BoardFilter filter, ItemScope scope) {
    Conditions where = conditions(pipeline, filter, scope);
    where.add(" and i.stage = :stage", "stage", stage);
    return where;
  }

  private Conditions conditions(Pipeline pipeline, BoardFilter filter, ItemScope scope) {
    Conditions where = new Conditions(" where i.pipeline = :pipeline", "pipeline", pipeline);
    where.clause.append(scope.jpql());
    where.parameters.putAll(scope.parameters());
    if (filter.responsibleId() != null) {
      where.add(" and i.responsible.id = :responsible", "responsible", filter.responsibleId());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      where.add(" and lower(i.title) like :text", "text", LikePattern.containing(filter.text()));
    }
    if (filter.createdFrom() != null) {
      where.add(
          " and i.createdAt >= :from",
          "from",
          filter.createdFrom().atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (filter.createdTo() != null) {
      where.add(
          " and i.createdAt < :to",
          "to",
          filter.createdTo().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (filter.fieldCode() != null && !filter.fieldCode().isBlank()) {
      Field field = fieldOf(pipeline, filter.fieldCode());
      FieldCondition condition = field.condition(filter.fieldValue());
      where.add(
          " and exists (select v from ItemFieldValue v where v.itemId = i.id"
              + " and v.fieldId = :filterField and "
              + condition.jpql()
              + ")",
          "fieldValue",
          condition.value());
      where.parameters.put("filterField", field.getId());
    }
    return where;
  }

  private ItemScope scope(Pipeline pipeline, Action action) {
    return access.scope(pipeline.getItemType().getCode(), action);
  }

  /** A field of the pipeline's type the signed-in user may see; others cannot be filtered on. */
  private Field fieldOf(Pipeline pipeline, String code) {
    return fields.visibleOfType(pipeline.getItemType().getCode()).stream()
        .filter(field -> field.getCode().equals(code) && field.getItemColumn() == null)
        .findFirst()
        .orElseThrow(
            () ->
                new BusinessRuleViolation(
                    "field.unknown", "There is no field '" + code + "' to filter on"));
  }

  /** A where clause and its parameters, built up together. */
  private static final class Conditions {
    private final StringBuilder clause = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    Conditions(String first, String name, Object value) {
      add(first, name, value);
    }

    void add(String condition, String name, Object value) {
      clause.append(condition);
      parameters.put(name, value);
    }

    String jpql() {
      return clause.toString();
    }
  }
}
