package org.tessera.crm.field.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.security.entity.Viewer;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

class FieldTest {

  private static final ItemType DEALS = ItemType.custom("deal_like", "Deals", true, true, 10);

  private static Field field(FieldType type) {
    return field(type, false, List.of());
  }

  private static Field field(FieldType type, boolean multiple, List<FieldOption> options) {
    return Field.custom(DEALS, "budget", type, "Budget", null, multiple, options, 10);
  }

  private static String refusal(Field field, Object raw) {
    BusinessRuleViolation refused =
        assertThrows(BusinessRuleViolation.class, () -> field.parse(raw));
    assertEquals("field.invalid-value", refused.rule());
    return refused.getMessage();
  }

  @Test
  void valuesAreStoredInTheColumnOfTheirType() {
    assertEquals(
        new BigDecimal("12"), field(FieldType.INTEGER).parse(new BigDecimal("12")).get(0).number());
    assertEquals(
        LocalDate.of(2026, 12, 31), field(FieldType.DATE).parse("2026-12-31").get(0).date());
    assertEquals(true, field(FieldType.BOOLEAN).parse(true).get(0).bool());
    assertEquals(7L, field(FieldType.USER).parse(new BigDecimal(7)).get(0).ref());
    StoredValue money =
        field(FieldType.MONEY)
            .parse(Map.of("amount", new BigDecimal("10.5"), "currency", "EUR"))
            .get(0);
    assertEquals("EUR", money.text());
    assertEquals(new BigDecimal("10.5"), money.number());
  }

  @Test
  void aWrongValueIsRefusedWithTheFieldsNameAndWhatWasExpected() {
    String message = refusal(field(FieldType.INTEGER), new BigDecimal("1.5"));
    assertTrue(message.contains("Budget") && message.contains("whole number"), message);
    assertTrue(refusal(field(FieldType.DATE), "31/12/2026").contains("2026-12-31"));
    assertTrue(refusal(field(FieldType.EMAIL), "not-an-address").contains("e-mail"));
    assertTrue(refusal(field(FieldType.URL), "javascript:alert(1)").contains("http"));
    assertTrue(refusal(field(FieldType.PHONE), "call me").contains("phone"));
    assertTrue(refusal(field(FieldType.BOOLEAN), "yes").contains("true or false"));
    assertTrue(refusal(field(FieldType.STRING), "x".repeat(256)).contains("255"));
    assertTrue(refusal(field(FieldType.MONEY), new BigDecimal(5)).contains("currency"));
    assertTrue(refusal(field(FieldType.DECIMAL), new BigDecimal("1.23456")).contains("4 decimals"));
  }

  @Test
  void aListFieldTakesOnlyItsEntriesAndSeveralOnlyWhenMultiple() {
    List<FieldOption> sizes =
        List.of(
            new FieldOption("small", "Small", "Petit"), new FieldOption("large", "Large", "Grand"));
    Field single = field(FieldType.LIST, false, sizes);
    assertEquals("small", single.parse("small").get(0).text());
    assertTrue(refusal(single, "huge").contains("not one of its entries"));
    assertTrue(refusal(single, List.of("small", "large")).contains("not a list"));

    Field multiple = field(FieldType.LIST, true, sizes);
    List<StoredValue> both = multiple.parse(List.of("small", "large"));
    assertEquals(List.of("small", "large"), multiple.show(both));
  }

  @Test
  void aListFieldNeedsEntriesAndOtherFieldsHaveNone() {
    assertEquals(
        "field.list-empty",
        assertThrows(BusinessRuleViolation.class, () -> field(FieldType.LIST)).rule());
    assertEquals(
        "field.options-on-non-list",
        assertThrows(
                BusinessRuleViolation.class,
                () -> field(FieldType.STRING, false, List.of(new FieldOption("a", "A", "A"))))
            .rule());
  }

  @Test
  void nullClearsAndShowsNothing() {
    Field text = field(FieldType.STRING);
    assertTrue(text.parse(null).isEmpty());
    assertNull(text.show(List.of()));
  }

  @Test
  void requiredEverywhereOrOnlyAtChosenStages() {
    Field field = field(FieldType.STRING);
    assertFalse(field.isRequiredAt(1L));
    field.requireAt(false, Set.of(2L, 3L));
    assertFalse(field.isRequiredAt(1L));
    assertTrue(field.isRequiredAt(2L));
    assertFalse(field.isRequiredAt(null), "types without stages only know 'everywhere'");
    field.requireAt(true, Set.of(2L));
    assertTrue(field.isRequiredAt(1L));
    assertTrue(field.isRequiredAt(null));
    assertEquals(Set.of(), field.getRequiredStageIds());
  }

  @Test
  void aRestrictedFieldIsSeenByItsUsersItsDepartmentsWithTheirSubDepartmentsAndAdmins() {
    Field field = field(FieldType.STRING);
    Viewer salesUser = new Viewer(7, Set.of(20L, 1L), false);
    assertTrue(field.isVisibleTo(salesUser), "unrestricted: everyone");

    field.showOnlyTo(Set.of(8L), Set.of());
    assertFalse(field.isVisibleTo(salesUser));
    assertTrue(field.isVisibleTo(new Viewer(8, Set.of(30L, 1L), false)));
    assertTrue(field.isVisibleTo(new Viewer(9, Set.of(), true)), "admins see everything");

    field.showOnlyTo(Set.of(), Set.of(1L));
    assertTrue(field.isVisibleTo(salesUser), "department 20 is inside department 1");
    field.showOnlyTo(Set.of(), Set.of(30L));
    assertFalse(field.isVisibleTo(salesUser));
  }

  @Test
  void aDefaultValueIsCheckedLikeAnyValueAndCanBeCleared() {
    Field seats = field(FieldType.INTEGER);
    seats.defaultTo(new BigDecimal("12"));
    assertEquals(12L, seats.show(seats.getDefaults()));

    BusinessRuleViolation refused =
        assertThrows(BusinessRuleViolation.class, () -> seats.defaultTo("twelve"));
    assertTrue(refused.getMessage().contains("Budget"));
    assertEquals(12L, seats.show(seats.getDefaults()));

    seats.defaultTo(null);
    assertTrue(seats.getDefaults().isEmpty());
  }

  @Test
  void theItemsOwnFieldsHaveFixedRulesAndNoDefault() {
    Field title = Field.coreOf(DEALS).get(0);
    Field amount = Field.coreOf(DEALS).get(2);
    assertEquals(ItemColumn.TITLE, title.getItemColumn());
    assertEquals(ItemColumn.AMOUNT, amount.getItemColumn());
    assertTrue(title.isRequiredAt(null));

    assertEquals(
        "field.requirement-fixed",
        assertThrows(BusinessRuleViolation.class, () -> title.requireAt(false, Set.of())).rule());
    amount.requireAt(false, Set.of(5L));
    assertTrue(amount.isRequiredAt(5L));
    assertEquals(
        "field.core-always-visible",
        assertThrows(BusinessRuleViolation.class, () -> amount.showOnlyTo(Set.of(1L), Set.of()))
            .rule());
    assertEquals(
        "field.default-on-item",
        assertThrows(BusinessRuleViolation.class, () -> amount.defaultTo(BigDecimal.ONE)).rule());
  }
}
