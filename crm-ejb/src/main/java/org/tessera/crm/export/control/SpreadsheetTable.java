package org.tessera.crm.export.control;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet of an .xlsx workbook, written row by row: a bold header row, frozen and with a filter
 * over the rows below, then rows of typed cells. Only the last {@value #WINDOW} rows stay in
 * memory; older ones go to a compressed temporary file until the workbook is written, so the size
 * of the table does not matter. Close it to delete that file.
 */
public final class SpreadsheetTable implements AutoCloseable {

  /** Rows kept in memory. */
  static final int WINDOW = 100;

  /** Excel holds no more characters in a cell; a longer text is cut there. */
  static final int MOST_CHARACTERS = 32_767;

  // Excel's own date formats, which it shows in the reader's regional style.
  private static final short SHORT_DATE = 0x0e;
  private static final short SHORT_DATE_TIME = 0x16;

  private static final int NARROWEST = 8;
  private static final int WIDEST = 60;

  /** An amount with its currency: a number shown with the currency code. */
  public record Money(BigDecimal amount, String currency) {

    @Override
    public String toString() {
      return currency == null ? amount.toPlainString() : amount.toPlainString() + " " + currency;
    }
  }

  private final SXSSFWorkbook workbook;
  private final SXSSFSheet sheet;
  private final CellStyle dates;
  private final CellStyle dateTimes;
  private final Map<String, CellStyle> moneyByCurrency = new HashMap<>();
  private final int[] widths;
  private int nextRow;

  public SpreadsheetTable(String sheetName, List<String> headers) {
    workbook = new SXSSFWorkbook(WINDOW);
    workbook.setCompressTempFiles(true);
    sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
    dates = numberStyle(SHORT_DATE);
    dateTimes = numberStyle(SHORT_DATE_TIME);
    widths = new int[headers.size()];
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle header = workbook.createCellStyle();
    header.setFont(bold);
    Row row = sheet.createRow(nextRow++);
    for (int column = 0; column < headers.size(); column++) {
      Cell cell = row.createCell(column);
      cell.setCellValue(headers.get(column));
      cell.setCellStyle(header);
      widen(column, headers.get(column).length());
    }
    sheet.createFreezePane(0, 1);
  }

  /**
   * Adds a row: texts, numbers, {@link Money}, {@link LocalDate}s, {@link LocalDateTime}s and
   * booleans as cells of their kind, collections as their values joined by commas, nothing (null)
   * as an empty cell.
   */
  public void append(List<?> cells) {
    Row row = sheet.createRow(nextRow++);
    for (int column = 0; column < cells.size(); column++) {
      Object value = cells.get(column);
      if (value != null) {
        put(row.createCell(column), column, value);
      }
    }
  }

  /** Writes the workbook, its filter over every row appended. */
  public void writeTo(OutputStream out) throws IOException {
    sheet.setAutoFilter(new CellRangeAddress(0, nextRow - 1, 0, widths.length - 1));
    for (int column = 0; column < widths.length; column++) {
      sheet.setColumnWidth(column, Math.min(WIDEST, Math.max(NARROWEST, widths[column] + 2)) * 256);
    }
    workbook.write(out);
  }

  /** Deletes the temporary file. */
  @Override
  public void close() {
    workbook.dispose();
  }

  /** Rows that went to the temporary file so far, for tests to see that memory stays flat. */
  int rowsFlushed() {
    return sheet.getLastFlushedRowNum() + 1;
  }

  private void put(Cell cell, int column, Object value) {
    if (value instanceof Boolean bool) {
      cell.setCellValue(bool);
    } else if (value instanceof Money money) {
      cell.setCellValue(money.amount().doubleValue());
      cell.setCellStyle(moneyStyle(money.currency()));
    } else if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
    } else if (value instanceof LocalDate date) {
      cell.setCellValue(date);
      cell.setCellStyle(dates);
    } else if (value instanceof LocalDateTime at) {
      cell.setCellValue(at);
      cell.setCellStyle(dateTimes);
    } else {
      String text = text(value);
      cell.setCellValue(
          text.length() > MOST_CHARACTERS ? text.substring(0, MOST_CHARACTERS) : text);
    }
    widen(column, text(value).length());
  }

  private static String text(Object value) {
    if (value instanceof Collection<?> several) {
      return several.stream().map(SpreadsheetTable::text).collect(Collectors.joining(", "));
    }
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    return String.valueOf(value);
  }

  private void widen(int column, int characters) {
    if (column < widths.length) {
      widths[column] = Math.max(widths[column], characters);
    }
  }

  private CellStyle moneyStyle(String currency) {
    return moneyByCurrency.computeIfAbsent(
        currency == null ? "" : currency,
        code -> {
          String number = decimals(code) == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals(code));
          CellStyle style = workbook.createCellStyle();
          style.setDataFormat(
              workbook
                  .createDataFormat()
                  .getFormat(code.isEmpty() ? number : number + " \"" + code + "\""));
          return style;
        });
  }

  /** The usual decimals of a currency; two for an empty or unknown code. */
  private static int decimals(String code) {
    try {
      return code.isEmpty()
          ? 2
          : Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
    } catch (IllegalArgumentException unknown) {
      return 2;
    }
  }

  private CellStyle numberStyle(short builtInFormat) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(builtInFormat);
    return style;
  }
}
