package org.tessera.crm.relation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.field.entity.FieldOption;
import org.tessera.crm.field.entity.FieldType;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

class FieldMappingTest {

  private static final ItemType LEADS = ItemType.custom("lead_like", "Leads", true, true, 10);
  private static final ItemType DEALS = ItemType.custom("deal_like", "Deals", true, true, 20);

  private static Field field(ItemType type, String code, FieldType dataType) {
    return Field.custom(type, code, dataType, code, null, false, List.of(), 10);
  }

  private static Field list(ItemType type, String code, String... entries) {
    List<FieldOption> options =
        java.util.Arrays.stream(entries).map(entry -> new FieldOption(entry, entry, null)).toList();
    return Field.custom(type, code, FieldType.LIST, code, null, false, options, 10);
  }

  @Test
  void fieldsOfTheSameCodeAndKindMapByDefault() {
    List<Field> lead =
        List.of(
            field(LEADS, "source", FieldType.STRING),
            field(LEADS, "budget", FieldType.DECIMAL),
            field(LEADS, "notes", FieldType.TEXT));
    List<Field> deal =
        List.of(
            field(DEALS, "source", FieldType.STRING),
            field(DEALS, "budget", FieldType.MONEY),
            field(DEALS, "other", FieldType.TEXT));

    FieldMapping mapping = FieldMapping.byCode(lead, deal);

    assertEquals(Map.of("source", "source"), mapping.byCodes());
    assertEquals(
        Map.of("source", "web"),
        mapping.fill(Map.of("source", "web", "budget", 10, "notes", "call back")));
  }

  @Test
  void theItemsOwnColumnsAreNotMapped() {
    List<Field> lead = Field.coreOf(LEADS);
    List<Field> deal = Field.coreOf(DEALS);

    assertEquals(Map.of(), FieldMapping.byCode(lead, deal).byCodes());
  }

  @Test
  void severalValuesDoNotGoIntoAFieldHoldingOne() {
    Field phones = Field.custom(LEADS, "phone", FieldType.PHONE, "Phone", null, true, List.of(), 1);
    Field phone = field(DEALS, "phone", FieldType.PHONE);

    assertEquals(Map.of(), FieldMapping.byCode(List.of(phones), List.of(phone)).byCodes());
    BusinessRuleViolation refused =
        assertThrows(
            BusinessRuleViolation.class,
            () -> FieldMapping.chosen(List.of(phones), List.of(phone), Map.of("phone", "phone")));
    assertEquals("conversion.field-mismatch", refused.rule());
  }

  @Test
  void anAdminMapsFieldsOfOtherCodes() {
    List<Field> lead = List.of(field(LEADS, "origin", FieldType.STRING));
    List<Field> deal = List.of(field(DEALS, "source", FieldType.STRING));

    FieldMapping mapping = FieldMapping.chosen(lead, deal, Map.of("source", "origin"));

    assertEquals(Map.of("source", "web"), mapping.fill(Map.of("origin", "web")));
  }

  @Test
  void aChosenMappingNamesWhatItCannotUse() {
    List<Field> lead = List.of(field(LEADS, "origin", FieldType.STRING));
    List<Field> deal = List.of(field(DEALS, "budget", FieldType.DECIMAL));

    BusinessRuleViolation unknown =
        assertThrows(
            BusinessRuleViolation.class,
            () -> FieldMapping.chosen(lead, deal, Map.of("budget", "nothing")));
    assertEquals("No source field 'nothing' can be mapped", unknown.getMessage());
    BusinessRuleViolation mismatch =
        assertThrows(
            BusinessRuleViolation.class,
            () -> FieldMapping.chosen(lead, deal, Map.of("budget", "origin")));
    assertEquals("Field 'origin' (STRING) cannot fill 'budget' (DECIMAL)", mismatch.getMessage());
  }

  @Test
  void aListEntryTheTargetDoesNotOfferIsLeftOut() {
    FieldMapping mapping =
        FieldMapping.byCode(
            List.of(list(LEADS, "size", "small", "large")),
            List.of(list(DEALS, "size", "small", "medium")));

    assertEquals(Map.of("size", "small"), mapping.fill(Map.of("size", "small")));
    assertEquals(Map.of(), mapping.fill(Map.of("size", "large")));
  }
}
