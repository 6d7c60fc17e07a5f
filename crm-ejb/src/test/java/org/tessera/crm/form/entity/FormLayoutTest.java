package org.tessera.crm.form.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

class FormLayoutTest {

  private final FormLayout shipped = FormLayout.shipped(List.of(1L, 2L), List.of(3L, 4L));

  @Test
  void shippedLayoutPutsTheItemsOwnFieldsFirstAndShowsEveryTab() {
    assertEquals(List.of("main", "more"), ids(shipped));
    assertEquals(List.of(1L, 2L), shipped.section("main").fieldIds());
    assertEquals(
        List.of(CardTab.PRODUCTS, CardTab.DEPENDENCIES, CardTab.HISTORY),
        shipped.tabs().stream().map(FormLayout.Tab::code).toList());
  }

  @Test
  void deletingASectionHidesItsFieldsAndKeepsTheOthers() {
    FormLayout changed = shipped.deleteSection("more");

    assertEquals(List.of("main"), ids(changed));
    assertEquals(Set.of(1L, 2L), changed.shownFieldIds());
  }

  @Test
  void theLastSectionCannotBeDeleted() {
    FormLayout single = shipped.deleteSection("more");

    var refused = assertThrows(BusinessRuleViolation.class, () -> single.deleteSection("main"));
    assertEquals("form.last-section", refused.rule());
  }

  @Test
  void placingAShownFieldMovesItInsteadOfShowingItTwice() {
    FormLayout changed = shipped.placeField(3L, "main", 1);

    assertEquals(List.of(1L, 3L, 2L), changed.section("main").fieldIds());
    assertEquals(List.of(4L), changed.section("more").fieldIds());
  }

  @Test
  void aHiddenFieldComesBackWhereItIsPlaced() {
    FormLayout hidden = shipped.hideField(2L);
    assertEquals(Set.of(1L, 3L, 4L), hidden.shownFieldIds());

    FormLayout shownAgain = hidden.placeField(2L, "more", 99);
    assertEquals(List.of(3L, 4L, 2L), shownAgain.section("more").fieldIds());
  }

  @Test
  void newSectionsGetFreshIdsAndCheckedTitles() {
    FormLayout changed = shipped.addSection(" Billing ").addSection("Delivery");

    assertEquals(List.of("main", "more", "s3", "s4"), ids(changed));
    assertEquals("Billing", changed.section("s3").title());
    assertEquals(List.of("main", "more", "s4"), ids(changed.deleteSection("s3")));
    assertEquals("s5", changed.deleteSection("s3").addSection("x").sections().get(3).id());
    assertThrows(BusinessRuleViolation.class, () -> shipped.addSection("  "));
    assertThrows(BusinessRuleViolation.class, () -> shipped.renameSection("main", "x".repeat(121)));
  }

  @Test
  void sectionsMoveToAClampedPosition() {
    FormLayout changed = shipped.addSection("Billing").moveSection("s3", 0);
    assertEquals(List.of("s3", "main", "more"), ids(changed));
    assertEquals(List.of("main", "more", "s3"), ids(changed.moveSection("s3", 42)));
  }

  @Test
  void placingIntoAnUnknownSectionIsRefused() {
    var refused =
        assertThrows(BusinessRuleViolation.class, () -> shipped.placeField(1L, "nowhere", 0));
    assertEquals("form.section-unknown", refused.rule());
  }

  @Test
  void tabsAreReorderedAndHiddenAndNewTabsAppearAtTheEnd() {
    FormLayout changed = shipped.arrangeTab(CardTab.HISTORY, 0, true);
    assertEquals(new FormLayout.Tab(CardTab.HISTORY, true), changed.tabs().get(0));

    FormLayout saved = new FormLayout(changed.sections(), List.of(changed.tabs().get(0)));
    assertEquals(3, saved.forFields(Set.of(1L)).tabs().size());
  }

  @Test
  void deletedFieldsDropOutOfTheLayout() {
    FormLayout current = shipped.forFields(Set.of(1L, 4L));
    assertEquals(Set.of(1L, 4L), current.shownFieldIds());
  }

  @Test
  void appendingAddsToTheLastSectionOnlyOnce() {
    FormLayout changed = shipped.append(9L).append(9L);
    assertEquals(List.of(3L, 4L, 9L), changed.section("more").fieldIds());
  }

  private static List<String> ids(FormLayout layout) {
    return layout.sections().stream().map(FormLayout.Section::id).toList();
  }
}
