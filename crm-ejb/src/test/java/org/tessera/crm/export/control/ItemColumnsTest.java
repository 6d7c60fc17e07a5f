package org.tessera.crm.export.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.tessera.crm.export.control.SpreadsheetTable.Money;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.field.entity.FieldOption;
import org.tessera.crm.field.entity.FieldType;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.security.entity.Viewer;
import org.tessera.crm.stage.entity.Pipeline;

class ItemColumnsTest {

  private static final ItemType DEALS = ItemType.custom("deal_like", "Deals", true, true, 10);
  private static final Viewer SOPHIE = new Viewer(1, Set.of(10L), false);
  private static final Viewer ADMIN = new Viewer(2, Set.of(), true);
  private static final long JULIE = 3;
  private static final Map<Long, String> USERS = Map.of(7L, "Marc Leroy");
  private static final Map<Long, String> FILES = Map.of(42L, "offer.pdf");

  private final Pipeline sales = Pipeline.withDefaultStages(DEALS, "Sales", 0);
  private final Item deal = Item.inPipeline(sales, "Dupont SA: CRM roll-out", null);
  private final List<Field> fields = new ArrayList<>(Field.coreOf(DEALS));
  private final Map<String, Object> values = new HashMap<>();

  ItemColumnsTest() {
    deal.price(new BigDecimal("45000"), "EUR");
    deal.assignTo(new User("sophie", "Sophie Durand", null, null));
    Field margin = custom("margin", FieldType.DECIMAL, "Margin", "Marge");
    margin.showOnlyTo(Set.of(JULIE), Set.of());
    fields.add(margin);
    values.put("margin", new BigDecimal("12.5"));
  }

  @Test
  void aFieldTheReaderMayNotSeeHasNoColumnEvenWhenGivenItsValue() {
    ItemColumns forSophie = ItemColumns.of(fields, SOPHIE, Locale.ENGLISH, USERS);
    ItemColumns forAdmin = ItemColumns.of(fields, ADMIN, Locale.ENGLISH, USERS);

    assertEquals(List.of("ID", "Title", "Stage", "Amount", "Responsible"), forSophie.labels());
    assertFalse(
        forSophie
            .cells(deal, sales.initialStage(), values, FILES)
            .contains(new BigDecimal("12.5")));
    assertEquals(
        List.of("ID", "Title", "Stage", "Amount", "Responsible", "Margin"), forAdmin.labels());
    assertEquals(
        new BigDecimal("12.5"), forAdmin.cells(deal, sales.initialStage(), values, FILES).get(5));
  }

  @Test
  void aFieldShownToTheReadersDepartmentHasItsColumn() {
    Field region = custom("region", FieldType.STRING, "Region", "Région");
    region.showOnlyTo(Set.of(), Set.of(10L));
    fields.add(region);

    assertTrue(ItemColumns.of(fields, SOPHIE, Locale.ENGLISH, USERS).labels().contains("Region"));
  }

  @Test
  void labelsAndListEntriesAreInTheReadersLanguage() {
    fields.add(
        Field.custom(
            DEALS,
            "source",
            FieldType.LIST,
            "Source",
            "Origine",
            false,
            List.of(new FieldOption("web", "Website", "Site web")),
            30));
    values.put("source", "web");

    ItemColumns french = ItemColumns.of(fields, SOPHIE, Locale.FRANCE, USERS);

    assertEquals(
        List.of("ID", "Titre", "Étape", "Montant", "Responsable", "Origine"), french.labels());
    assertEquals("Site web", french.cells(deal, sales.initialStage(), values, FILES).get(5));
  }

  @Test
  void theItemsOwnFieldsAndItsValuesAreTypedForTheSheet() {
    fields.add(custom("closing", FieldType.DATE, "Closing", null));
    fields.add(custom("call_at", FieldType.DATE_TIME, "Call at", null));
    fields.add(custom("budget", FieldType.MONEY, "Budget", null));
    fields.add(custom("seats", FieldType.INTEGER, "Seats", null));
    fields.add(custom("signed", FieldType.BOOLEAN, "Signed", null));
    fields.add(custom("owner", FieldType.USER, "Owner", null));
    fields.add(custom("offer", FieldType.FILE, "Offer", null));
    fields.add(Field.custom(DEALS, "tags", FieldType.STRING, "Tags", null, true, List.of(), 40));
    values.putAll(
        Map.of(
            "closing",
            "2026-12-31",
            "call_at",
            "2026-05-04T14:30+02:00",
            "budget",
            Map.of("amount", new BigDecimal("10.5"), "currency", "USD"),
            "seats",
            12L,
            "signed",
            true,
            "owner",
            7L,
            "offer",
            42L,
            "tags",
            List.of("fair", "web")));

    List<Object> cells =
        ItemColumns.of(fields, SOPHIE, Locale.ENGLISH, USERS)
            .cells(deal, sales.initialStage(), values, FILES);

    assertNull(cells.get(0), "the id of an item not saved");
    assertEquals("Dupont SA: CRM roll-out", cells.get(1));
    assertEquals("New", cells.get(2));
    assertEquals(new Money(new BigDecimal("45000"), "EUR"), cells.get(3));
    assertEquals("Sophie Durand", cells.get(4));
    assertEquals(
        List.of(
            LocalDate.of(2026, 12, 31),
            LocalDateTime.of(2026, 5, 4, 14, 30),
            new Money(new BigDecimal("10.5"), "USD"),
            12L,
            true,
            "Marc Leroy",
            "offer.pdf",
            List.of("fair", "web")),
        cells.subList(5, cells.size()));
  }

  @Test
  void filesAreNamedByTheIdsTheirFieldsHold() {
    fields.add(custom("offer", FieldType.FILE, "Offer", null));
    fields.add(Field.custom(DEALS, "scans", FieldType.FILE, "Scans", null, true, List.of(), 50));

    Set<Long> ids =
        ItemColumns.of(fields, SOPHIE, Locale.ENGLISH, USERS)
            .fileIds(List.of(Map.of("offer", 42L), Map.of("scans", List.of(43L, 44L)), Map.of()));

    assertEquals(Set.of(42L, 43L, 44L), ids);
  }

  @Test
  void theWorkbookHoldsTheReadersColumnsAndTypedCells() throws IOException {
    ItemColumns columns = ItemColumns.of(fields, SOPHIE, Locale.ENGLISH, USERS);
    XSSFSheet sheet;
    try (SpreadsheetTable table = new SpreadsheetTable("Deals", columns.labels())) {
      table.append(columns.cells(deal, sales.initialStage(), values, FILES));
      sheet = Workbooks.written(table);
    }

    Row header = sheet.getRow(0);
    List<String> labels = new ArrayList<>();
    header.forEach(cell -> labels.add(cell.getStringCellValue()));
    assertEquals(List.of("ID", "Title", "Stage", "Amount", "Responsible"), labels);
    Row row = sheet.getRow(1);
    assertEquals("Dupont SA: CRM roll-out", row.getCell(1).getStringCellValue());
    assertEquals(CellType.NUMERIC, row.getCell(3).getCellType());
    assertEquals(45000.0, row.getCell(3).getNumericCellValue());
    assertEquals(5, row.getLastCellNum(), "no cell for the margin");
  }

  private static Field custom(String code, FieldType type, String english, String french) {
    return Field.custom(DEALS, code, type, english, french, false, List.of(), 20);
  }
}
