package org.tessera.crm.view.items;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.tessera.crm.export.boundary.ExportFilter;
import org.tessera.crm.export.boundary.ExportProgress;
import org.tessera.crm.export.boundary.ItemExports;
import org.tessera.crm.view.UserLocale;

/**
 * "Export to Excel" on the list and the board: the workbook of what the page shows, and how far it
 * has come for the page's progress bar, which asks while the download request runs.
 */
@Named
@ViewScoped
public class ItemExportBacking implements Serializable {

  @Inject ItemExports exports;
  @Inject UserLocale userLocale;

  private volatile ExportProgress progress = new ExportProgress();

  /**
   * The workbook, written straight into the download's response. The filter is checked first, so
   * that a refusal is shown on the page rather than sent as the file.
   */
  public StreamedContent file(ExportFilter filter) {
    exports.size(filter);
    Locale locale = userLocale.getLocale();
    return DefaultStreamedContent.builder()
        .name(filter.fileName(LocalDate.now()))
        .contentType(ItemExports.CONTENT_TYPE)
        .writer(out -> write(filter, locale, out))
        .build();
  }

  private void write(ExportFilter filter, Locale locale, OutputStream out) {
    ExportProgress running = new ExportProgress();
    progress = running;
    try {
      exports.write(filter, locale, out, running);
    } catch (IOException clientGone) {
      throw new UncheckedIOException(clientGone);
    } finally {
      // The bar of the next export starts from nothing, not from this one's end.
      progress = new ExportProgress();
    }
  }

  /** From 0 to 100. */
  public int getProgress() {
    return progress.percent();
  }
}
