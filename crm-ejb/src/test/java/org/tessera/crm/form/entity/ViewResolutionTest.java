package org.tessera.crm.form.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.security.entity.Viewer;

class ViewResolutionTest {

  private static final long SOPHIE = 7;
  private static final long SALES = 20;

  private final ItemType deals = ItemType.custom("deal", "Deals", true, true, 1);
  private final FormLayout layout = FormLayout.shipped(List.of(1L), List.of());
  private final FormView general = FormView.general(deals, layout);
  private final FormView mine = FormView.personal(deals, SOPHIE, layout);
  private final FormView forSales = FormView.named(deals, "Sales", layout);
  private final FormView forOthers = FormView.named(deals, "Others", layout);
  private final Viewer sophie = new Viewer(SOPHIE, Set.of(SALES, 1L), false);

  ViewResolutionTest() {
    forSales.assignTo(Set.of(), Set.of(SALES));
    forOthers.assignTo(Set.of(99L), Set.of());
  }

  @Test
  void withNothingElseEveryoneGetsTheGeneralView() {
    assertSame(general, new ViewResolution(general, null, List.of()).resolve(sophie, null));
  }

  @Test
  void myViewWinsOverTheGeneralView() {
    assertSame(mine, new ViewResolution(general, mine, List.of()).resolve(sophie, null));
  }

  @Test
  void theGeneralViewSetForEveryoneWinsOverMyView() {
    general.force(true);
    ViewResolution views = new ViewResolution(general, mine, List.of());

    assertSame(general, views.resolve(sophie, null));
    assertSame(general, views.resolve(sophie, mine));
    assertEquals(List.of(general), views.allowed(sophie));
  }

  @Test
  void aViewAssignedToMyDepartmentWinsOverEverythingElse() {
    general.force(true);
    ViewResolution views = new ViewResolution(general, mine, List.of(forOthers, forSales));

    assertSame(forSales, views.resolve(sophie, null));
  }

  @Test
  void aViewAssignedToMeByNameWins() {
    forOthers.assignTo(Set.of(SOPHIE), Set.of());
    ViewResolution views = new ViewResolution(general, mine, List.of(forOthers));

    assertSame(forOthers, views.resolve(sophie, null));
  }

  @Test
  void iCanSwitchToAnyViewIMayUseButNotToOthers() {
    ViewResolution views = new ViewResolution(general, mine, List.of(forOthers, forSales));

    assertEquals(List.of(forSales, general, mine), views.allowed(sophie));
    assertSame(mine, views.resolve(sophie, mine));
    assertSame(general, views.resolve(sophie, general));
    assertSame(forSales, views.resolve(sophie, forOthers));
  }
}
