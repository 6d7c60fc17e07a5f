package org.tessera.crm.export.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.tessera.crm.item.boundary.ItemFilter;
import org.tessera.crm.kanban.boundary.BoardFilter;
import org.tessera.crm.shared.entity.Limits;

/**
 * Which items an export holds: those of a type, optionally of one pipeline and one stage, newest
 * first as the list shows them; narrowed by a board's filter, those the board shows, column by
 * column.
 *
 * @param narrowing the board's filter; empty (or null) for a list
 */
public record ExportFilter(
    @NotNull @Pattern(regexp = Limits.CODE_PATTERN) String typeCode,
    Long pipelineId,
    Long stageId,
    BoardFilter narrowing) {

  public ExportFilter {
    if (narrowing == null) {
      narrowing = new BoardFilter(null, null, null, null, null, null);
    }
  }

  /** What an item list shows. */
  public static ExportFilter of(ItemFilter list) {
    return new ExportFilter(list.typeCode(), list.pipelineId(), list.stageId(), null);
  }

  /** The file's name: the type and the day, e.g. {@code deal-2026-05-04.xlsx}. */
  public String fileName(LocalDate day) {
    return typeCode + "-" + day + ".xlsx";
  }
}
