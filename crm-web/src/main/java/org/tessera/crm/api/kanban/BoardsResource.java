package org.tessera.crm.api.kanban;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tessera.crm.activity.boundary.Activities;
import org.tessera.crm.activity.entity.ActivityCounter;
import org.tessera.crm.api.shared.PageView;
import org.tessera.crm.field.boundary.FieldValues;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.kanban.boundary.Board;
import org.tessera.crm.kanban.boundary.BoardFields;
import org.tessera.crm.kanban.boundary.BoardFilter;
import org.tessera.crm.kanban.boundary.Column;
import org.tessera.crm.kanban.boundary.WorkloadRow;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.shared.entity.PageOf;
import org.tessera.crm.shared.entity.PageRequest;
import org.tessera.crm.stage.boundary.Pipelines;
import org.tessera.crm.stage.entity.Pipeline;

/**
 * The Kanban board of a pipeline; cards move with {@code PUT /items/{id}/stage}, as from the card.
 */
@Path("boards/{pipeline}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BoardsResource {

  /** The board's filters, as query parameters. */
  public static class Filter {
    @QueryParam("responsible")
    Long responsibleId;

    @QueryParam("q")
    String text;

    @QueryParam("createdFrom")
    LocalDate createdFrom;

    @QueryParam("createdTo")
    LocalDate createdTo;

    @QueryParam("field")
    String fieldCode;

    @QueryParam("value")
    String fieldValue;

    public BoardFilter toFilter() {
      return new BoardFilter(responsibleId, text, createdFrom, createdTo, fieldCode, fieldValue);
    }
  }

  @Inject Board board;
  @Inject Pipelines pipelines;
  @Inject FieldValues fieldValues;
  @Inject BoardFields boardFields;
  @Inject Activities activities;

  @PathParam("pipeline")
  long pipelineId;

  /** Every column with its count and sum and its first {@code cards} cards. */
  @GET
  public BoardView get(
      @BeanParam Filter filter,
      @QueryParam("cards") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int cards) {
    Pipeline pipeline = pipelines.find(pipelineId);
    List<Column> columns = board.columns(pipelineId, filter.toFilter(), cards);
    List<Item> shown = columns.stream().flatMap(column -> column.cards().stream()).toList();
    Map<Long, Map<String, Object>> fields = fieldValues.of(shown);
    Map<Long, User> avatars = board.avatars(shown);
    Map<Long, ActivityCounter> counters = activities.counters(ids(shown));
    return new BoardView(
        pipelineId,
        pipeline.getName(),
        pipeline.getCurrency(),
        boardFields.onCards(pipeline.getItemType().getCode()).stream().map(Field::getCode).toList(),
        columns.stream().map(column -> column(column, avatars, fields, counters)).toList());
  }

  @GET
  @Path("stages/{stage}/cards")
  public PageView<CardView> cards(
      @PathParam("stage") long stageId,
      @BeanParam Filter filter,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    PageOf<Item> found =
        board.cards(pipelineId, stageId, filter.toFilter(), new PageRequest(page, size));
    Map<Long, Map<String, Object>> fields = fieldValues.of(found.content());
    Map<Long, User> avatars = board.avatars(found.content());
    Map<Long, ActivityCounter> counters = activities.counters(ids(found.content()));
    return PageView.of(found, item -> card(item, avatars, fields, counters));
  }

  /** Per responsible user, the open items and their sum at each open stage (M23). */
  @GET
  @Path("workload")
  public List<WorkloadRow> workload() {
    return board.workload(pipelineId);
  }

  private static List<Long> ids(List<Item> items) {
    return items.stream().map(Item::getId).toList();
  }

  private static CardView card(
      Item item,
      Map<Long, User> avatars,
      Map<Long, Map<String, Object>> fields,
      Map<Long, ActivityCounter> counters) {
    return CardView.of(
        item,
        avatars.get(item.getId()),
        fields.get(item.getId()),
        counters.getOrDefault(item.getId(), ActivityCounter.NONE));
  }

  private static BoardView.ColumnView column(
      Column column,
      Map<Long, User> avatars,
      Map<Long, Map<String, Object>> fields,
      Map<Long, ActivityCounter> counters) {
    return new BoardView.ColumnView(
        column.stage().getId(),
        column.stage().getName(),
        column.stage().getColor(),
        column.stage().getSemantics(),
        column.count(),
        column.sum(),
        column.cards().stream().map(item -> card(item, avatars, fields, counters)).toList(),
        column.hasMore());
  }
}
