package org.tessera.crm.api.export;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Locale;
import org.tessera.crm.api.kanban.BoardsResource;
import org.tessera.crm.api.shared.Downloads;
import org.tessera.crm.export.boundary.ExportFilter;
import org.tessera.crm.export.boundary.ExportProgress;
import org.tessera.crm.export.boundary.ItemExports;
import org.tessera.crm.shared.entity.Limits;

/**
 * The items of a list ({@code type}, {@code pipeline}, {@code stage}) or of a board (with the
 * board's filters) as an Excel workbook, labelled in the language the client accepts first.
 */
@Path("items/export.xlsx")
@ApplicationScoped
@Produces({ItemExports.CONTENT_TYPE, MediaType.APPLICATION_JSON})
public class ItemExportsResource {

  @EJB ItemExports exports;

  @GET
  public Response export(
      @QueryParam("type") @NotNull @Pattern(regexp = Limits.CODE_PATTERN) String type,
      @QueryParam("pipeline") Long pipelineId,
      @QueryParam("stage") Long stageId,
      @BeanParam BoardsResource.Filter narrowing,
      @Context HttpHeaders headers) {
    ExportFilter filter = new ExportFilter(type, pipelineId, stageId, narrowing.toFilter());
    // Refused now, while the answer can still be a problem rather than a broken file.
    exports.size(filter);
    Locale locale = headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.ENGLISH);
    return Downloads.streamed(
        out -> exports.write(filter, locale, out, new ExportProgress()),
        ItemExports.CONTENT_TYPE,
        filter.fileName(LocalDate.now()));
  }
}
