package org.tessera.crm.api.kanban;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
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
import org.tessera.crm.api.shared.PageView;
import org.tessera.crm.kanban.boundary.Board;
import org.tessera.crm.kanban.boundary.BoardFilter;
import org.tessera.crm.kanban.boundary.CardDetails;
import org.tessera.crm.kanban.boundary.Column;
import org.tessera.crm.kanban.boundary.WorkloadRow;
import org.tessera.crm.shared.entity.PageRequest;

/**
 * The Kanban board of a pipeline; cards move with {@code PUT /items/{id}/stage}, as from the card.
 */
@Path("boards/{pipeline}")
@ApplicationScoped
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

  @EJB Board board;

  /** Every column with its count and sum and its first {@code cards} cards. */
  @GET
  public BoardView get(
      @PathParam("pipeline") long pipelineId,
      @BeanParam Filter filter,
      @QueryParam("cards") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int cards) {
    CardDetails.OfBoard read = board.withDetails(pipelineId, filter.toFilter(), cards);
    return new BoardView(
        pipelineId,
        read.pipeline().getName(),
        read.pipeline().getCurrency(),
        read.cardFieldCodes(),
        read.columns().stream().map(column -> column(column, read.details())).toList());
  }

  @GET
  @Path("stages/{stage}/cards")
  public PageView<CardView> cards(
      @PathParam("pipeline") long pipelineId,
      @PathParam("stage") long stageId,
      @BeanParam Filter filter,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    CardDetails.OfPage found =
        board.cardsWithDetails(pipelineId, stageId, filter.toFilter(), new PageRequest(page, size));
    return PageView.of(found.cards(), item -> CardView.of(item, found.details()));
  }

  /** Per responsible user, the open items and their sum at each open stage (M23). */
  @GET
  @Path("workload")
  public List<WorkloadRow> workload(@PathParam("pipeline") long pipelineId) {
    return board.workload(pipelineId);
  }

  private static BoardView.ColumnView column(Column column, CardDetails details) {
    return new BoardView.ColumnView(
        column.stage().getId(),
        column.stage().getName(),
        column.stage().getColor(),
        column.stage().getSemantics(),
        column.count(),
        column.sum(),
        column.cards().stream().map(item -> CardView.of(item, details)).toList(),
        column.hasMore());
  }
}
