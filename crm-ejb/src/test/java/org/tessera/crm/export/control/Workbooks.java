package org.tessera.crm.export.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A table written out and read back with POI's ordinary reader, as Excel would open it. */
final class Workbooks {

  private Workbooks() {}

  static XSSFSheet written(SpreadsheetTable table) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    table.writeTo(out);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      return workbook.getSheetAt(0);
    }
  }
}
