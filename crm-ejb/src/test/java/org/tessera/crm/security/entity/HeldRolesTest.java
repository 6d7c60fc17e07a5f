package org.tessera.crm.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

class HeldRolesTest {

  private static final long SALES = 10;
  private static final long COMPANY = 1;
  private static final Viewer SOPHIE = new Viewer(7, Set.of(SALES, COMPANY), false);

  @Test
  void aTypesOwnLineBeatsTheLineForEveryTypeOfTheSameRole() {
    AccessRole employee = forEveryone("Employee");
    employee.permit(Permission.EVERY_TYPE, Action.READ, Scope.ALL);
    employee.permit("deal", Action.READ, Scope.OWN);

    HeldRoles held = HeldRoles.of(List.of(employee), SOPHIE);

    assertEquals(Scope.OWN, held.scopeFor("deal", Action.READ));
    assertEquals(Scope.ALL, held.scopeFor("lead", Action.READ));
    employee.followEveryType("deal", Action.READ);
    assertEquals(Scope.ALL, held.scopeFor("deal", Action.READ));
  }

  @Test
  void theWidestScopeOfTheHeldRolesCountsAndRolesOfOthersDoNot() {
    AccessRole employee = forEveryone("Employee");
    employee.permit("deal", Action.READ, Scope.OWN);
    AccessRole salesTeam = new AccessRole("Sales team");
    salesTeam.permit("deal", Action.READ, Scope.DEPARTMENT);
    salesTeam.assign(false, Set.of(), Set.of(COMPANY));
    AccessRole auditors = new AccessRole("Auditors");
    auditors.permit("deal", Action.READ, Scope.ALL);
    auditors.assign(false, Set.of(99L), Set.of());

    HeldRoles held = HeldRoles.of(List.of(employee, salesTeam, auditors), SOPHIE);

    assertEquals(
        Scope.DEPARTMENT,
        held.scopeFor("deal", Action.READ),
        "a role of a department above the user's is the user's too; the auditors' is not");
  }

  @Test
  void nobodyChangesDeletesOrExportsWhatTheyMayNotRead() {
    AccessRole employee = forEveryone("Employee");
    employee.permit("deal", Action.READ, Scope.OWN);
    employee.permit("deal", Action.UPDATE, Scope.ALL);
    employee.permit("deal", Action.EXPORT, Scope.ALL);

    HeldRoles held = HeldRoles.of(List.of(employee), SOPHIE);

    assertEquals(Scope.OWN, held.scopeFor("deal", Action.UPDATE));
    assertEquals(Scope.OWN, held.scopeFor("deal", Action.EXPORT));
    assertEquals(Scope.NONE, held.scopeFor("deal", Action.DELETE), "no line allows nothing");
  }

  @Test
  void aTypesSettingsAreAllowedWhateverItemsTheHolderReadsButOnlyToAllOrNone() {
    AccessRole typeAdmins = forEveryone("Type admins");
    typeAdmins.permit("deal", Action.SETTINGS, Scope.ALL);

    HeldRoles held = HeldRoles.of(List.of(typeAdmins), SOPHIE);

    assertEquals(Scope.NONE, held.scopeFor("deal", Action.READ));
    assertEquals(Scope.ALL, held.scopeFor("deal", Action.SETTINGS));
    BusinessRuleViolation partial =
        assertThrows(
            BusinessRuleViolation.class,
            () -> typeAdmins.permit("deal", Action.SETTINGS, Scope.OWN));
    assertEquals("access.settings-scope", partial.rule());
  }

  @Test
  void withoutRolesNothingIsAllowed() {
    assertEquals(Scope.NONE, HeldRoles.of(List.of(), SOPHIE).scopeFor("deal", Action.READ));
  }

  private static AccessRole forEveryone(String name) {
    AccessRole role = new AccessRole(name);
    role.assign(true, Set.of(), Set.of());
    return role;
  }
}
