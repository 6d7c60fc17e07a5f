package org.tessera.crm.export.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.tessera.crm.export.control.ItemColumns;
import org.tessera.crm.export.control.SpreadsheetTable;
import org.tessera.crm.field.boundary.FieldValues;
import org.tessera.crm.field.boundary.Fields;
import org.tessera.crm.file.boundary.StoredFiles;
import org.tessera.crm.item.boundary.ItemFilter;
import org.tessera.crm.item.boundary.Items;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.kanban.boundary.Board;
import org.tessera.crm.kanban.boundary.BoardFilter;
import org.tessera.crm.security.boundary.AccessRights;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.Action;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.Forbidden;
import org.tessera.crm.shared.entity.PageOf;
import org.tessera.crm.shared.entity.PageRequest;
import org.tessera.crm.shared.entity.UnknownEntity;
import org.tessera.crm.stage.boundary.Pipelines;
import org.tessera.crm.stage.entity.Pipeline;
import org.tessera.crm.stage.entity.Stage;

/**
 * The items of a list or board as an Excel workbook, for the signed-in user: read through the item
 * list or the board a page at a time, their values through the field values service, so that the
 * export holds what the user would see there and no field the user may not see.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class ItemExports {

  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Items read at once: the most a page may hold, whatever the size of the export. */
  static final int PAGE_SIZE = PageRequest.MAX_SIZE;

  @EJB ItemTypes itemTypes;
  @EJB Pipelines pipelines;
  @EJB Items items;
  @EJB Board board;
  @EJB Fields fields;
  @EJB FieldValues fieldValues;
  @EJB Users users;
  @EJB AccessRights access;
  @EJB StoredFiles storedFiles;

  /**
   * How many items the export of the filter holds. Refuses what the list or the board would refuse:
   * an unknown type, pipeline or stage, a pipeline of another type, a field that cannot be filtered
   * on.
   */
  public long size(@NotNull @Valid ExportFilter filter) {
    return sources(exportable(filter), filter).stream().mapToLong(Source::size).sum();
  }

  /**
   * Writes the items of the filter as a workbook, labelled in the reader's language, telling the
   * progress as pages are written. Every page is read in a transaction of its own: one transaction
   * for the whole export would keep every item read in memory until the end, and hold a database
   * connection for as long as a slow client takes to download.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void write(
      @NotNull @Valid ExportFilter filter,
      @NotNull Locale locale,
      @NotNull OutputStream out,
      @NotNull ExportProgress progress)
      throws IOException {
    ItemType type = exportable(filter);
    List<Source> sources = sources(type, filter);
    progress.start(sources.stream().mapToLong(Source::size).sum());
    ItemColumns columns =
        ItemColumns.of(fields.ofType(type), users.viewer(), locale, users.names());
    try (SpreadsheetTable table = new SpreadsheetTable(type.getName(), columns.labels())) {
      for (Source source : sources) {
        append(source, columns, table, progress);
      }
      table.writeTo(out);
    }
  }

  /**
   * The type of the filter, if the caller may export some of its items.
   *
   * @throws Forbidden {@code access.denied} otherwise
   */
  private ItemType exportable(ExportFilter filter) {
    ItemType type = itemTypes.byCode(filter.typeCode());
    access.requireSome(type.getCode(), type.getName(), Action.EXPORT);
    return type;
  }

  private void append(
      Source source, ItemColumns columns, SpreadsheetTable table, ExportProgress progress) {
    List<Item> page;
    int number = 0;
    do {
      page = source.read(number++);
      Map<Long, Map<String, Object>> values = fieldValues.of(page);
      Map<Long, String> fileNames = storedFiles.names(columns.fileIds(values.values()));
      for (Item item : page) {
        table.append(
            columns.cells(item, source.stageOf(item), values.get(item.getId()), fileNames));
      }
      progress.advance(page.size());
    } while (page.size() == PAGE_SIZE);
  }

  /**
   * Where the rows come from: the item list's query for a list, one board column after the other
   * for a board's filter, which narrows columns.
   */
  private List<Source> sources(ItemType type, ExportFilter filter) {
    if (!type.hasStages()) {
      if (filter.pipelineId() != null
          || filter.stageId() != null
          || !filter.narrowing().isEmpty()) {
        throw new BusinessRuleViolation(
            "item.no-stages", type.getName() + " have no pipelines, stages or board");
      }
      return List.of(listed(new ItemFilter(type.getCode(), null, null)));
    }
    List<Pipeline> chosen =
        filter.pipelineId() == null
            ? pipelines.allOfType(type.getCode())
            : List.of(pipelines.findOfType(type, filter.pipelineId()));
    List<Stage> stages =
        chosen.stream()
            .flatMap(pipeline -> pipeline.getStages().stream())
            .filter(stage -> filter.stageId() == null || stage.getId().equals(filter.stageId()))
            .toList();
    if (filter.stageId() != null && stages.isEmpty()) {
      throw new UnknownEntity("Stage", filter.stageId() + " of " + type.getName());
    }
    if (filter.narrowing().isEmpty()) {
      return List.of(listed(new ItemFilter(type.getCode(), filter.pipelineId(), filter.stageId())));
    }
    return stages.stream().map(stage -> column(stage, filter.narrowing())).toList();
  }

  private Source column(Stage stage, BoardFilter narrowing) {
    long pipelineId = stage.getPipeline().getId();
    return source(
        stage, page -> board.cards(pipelineId, stage.getId(), narrowing, page, Action.EXPORT));
  }

  private Source listed(ItemFilter list) {
    return source(null, page -> items.list(list, page, Action.EXPORT));
  }

  private static Source source(Stage stage, Function<PageRequest, PageOf<Item>> pages) {
    return new Source(stage, pages.apply(new PageRequest(0, 1)).total(), pages);
  }

  /**
   * Pages of items, all of one stage when it is given.
   *
   * @param size how many items there were when asked first
   */
  private record Source(Stage stage, long size, Function<PageRequest, PageOf<Item>> pages) {

    List<Item> read(int page) {
      return pages.apply(new PageRequest(page, PAGE_SIZE)).content();
    }

    Stage stageOf(Item item) {
      return stage == null ? item.getStage() : stage;
    }
  }
}
