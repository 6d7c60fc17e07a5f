package org.tessera.crm.export.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.tessera.crm.export.control.SpreadsheetTable.Money;

class SpreadsheetTableTest {

  private static final List<String> HEADERS = List.of("Title", "Amount", "Closing");

  @Test
  void cellsAreWrittenAsTheKindOfValueTheyHold() throws IOException {
    XSSFSheet sheet;
    try (SpreadsheetTable table =
        new SpreadsheetTable("Deals", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"))) {
      table.append(
          Arrays.asList(
              "Dupont SA",
              42L,
              new BigDecimal("12.5"),
              new Money(new BigDecimal("45000.50"), "EUR"),
              LocalDate.of(2026, 12, 31),
              LocalDateTime.of(2026, 5, 4, 14, 30),
              true,
              List.of("web", "fair", new Money(BigDecimal.TEN, "USD")),
              null));
      sheet = Workbooks.written(table);
    }
    Row row = sheet.getRow(1);

    assertEquals("Dupont SA", row.getCell(0).getStringCellValue());
    assertEquals(42.0, row.getCell(1).getNumericCellValue());
    assertEquals(12.5, row.getCell(2).getNumericCellValue());
    assertEquals(CellType.NUMERIC, row.getCell(3).getCellType());
    assertEquals(45000.5, row.getCell(3).getNumericCellValue());
    assertEquals("#,##0.00 \"EUR\"", row.getCell(3).getCellStyle().getDataFormatString());
    assertTrue(DateUtil.isCellDateFormatted(row.getCell(4)));
    assertEquals(
        LocalDate.of(2026, 12, 31), row.getCell(4).getLocalDateTimeCellValue().toLocalDate());
    assertTrue(DateUtil.isCellDateFormatted(row.getCell(5)));
    assertEquals(LocalDateTime.of(2026, 5, 4, 14, 30), row.getCell(5).getLocalDateTimeCellValue());
    assertEquals(CellType.BOOLEAN, row.getCell(6).getCellType());
    assertTrue(row.getCell(6).getBooleanCellValue());
    assertEquals("web, fair, 10 USD", row.getCell(7).getStringCellValue());
    assertNull(row.getCell(8), "nothing is an empty cell");
  }

  @Test
  void moneyIsShownWithTheDecimalsOfItsCurrency() throws IOException {
    XSSFSheet sheet;
    try (SpreadsheetTable table = new SpreadsheetTable("Deals", List.of("yen", "none"))) {
      table.append(
          List.of(
              new Money(new BigDecimal("1200"), "JPY"), new Money(new BigDecimal("3.5"), null)));
      sheet = Workbooks.written(table);
    }

    assertEquals("#,##0 \"JPY\"", format(sheet.getRow(1).getCell(0)));
    assertEquals("#,##0.00", format(sheet.getRow(1).getCell(1)));
  }

  @Test
  void theHeaderIsBoldFrozenAndFiltersEveryRow() throws IOException {
    XSSFSheet sheet;
    try (SpreadsheetTable table = new SpreadsheetTable("Deals: Sales/Partners?", HEADERS)) {
      table.append(List.of("A", BigDecimal.ONE, LocalDate.of(2026, 1, 1)));
      table.append(List.of("B", BigDecimal.TEN, LocalDate.of(2026, 1, 2)));
      sheet = Workbooks.written(table);
    }

    Row header = sheet.getRow(0);
    assertEquals(HEADERS, List.of(text(header, 0), text(header, 1), text(header, 2)));
    assertTrue(
        sheet.getWorkbook().getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
    PaneInformation pane = sheet.getPaneInformation();
    assertTrue(pane.isFreezePane());
    assertEquals(1, pane.getHorizontalSplitPosition());
    assertEquals(0, pane.getVerticalSplitPosition());
    assertEquals("A1:C3", sheet.getCTWorksheet().getAutoFilter().getRef());
    assertFalse(sheet.getSheetName().contains(":"), "a name Excel accepts");
  }

  @Test
  void thousandsOfRowsPassThroughASmallWindowAndComeBackInOrder() throws IOException {
    int rows = 5_000;
    XSSFSheet sheet;
    try (SpreadsheetTable table = new SpreadsheetTable("Deals", HEADERS)) {
      for (int i = 1; i <= rows; i++) {
        table.append(List.of("Deal " + i, BigDecimal.valueOf(i), LocalDate.of(2026, 1, 1)));
        assertTrue(
            i + 1 - table.rowsFlushed() <= SpreadsheetTable.WINDOW,
            "no more than the window in memory");
      }
      sheet = Workbooks.written(table);
    }

    assertEquals(rows, sheet.getLastRowNum());
    assertEquals("Deal 1", text(sheet.getRow(1), 0));
    assertEquals("Deal 5000", text(sheet.getRow(rows), 0));
    assertEquals(5000.0, sheet.getRow(rows).getCell(1).getNumericCellValue());
    assertEquals("A1:C5001", sheet.getCTWorksheet().getAutoFilter().getRef());
  }

  @Test
  void aTextLongerThanExcelTakesIsCutAtItsLimit() throws IOException {
    XSSFSheet sheet;
    try (SpreadsheetTable table = new SpreadsheetTable("Notes", List.of("Note"))) {
      table.append(List.of("x".repeat(SpreadsheetTable.MOST_CHARACTERS + 10)));
      sheet = Workbooks.written(table);
    }

    assertEquals(SpreadsheetTable.MOST_CHARACTERS, text(sheet.getRow(1), 0).length());
  }

  private static String text(Row row, int column) {
    return row.getCell(column).getStringCellValue();
  }

  private static String format(XSSFCell cell) {
    return cell.getCellStyle().getDataFormatString();
  }
}
