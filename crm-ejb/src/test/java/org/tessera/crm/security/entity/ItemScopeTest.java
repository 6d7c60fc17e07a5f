package org.tessera.crm.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemScopeTest {

  private final Department company = withId(new Department("Tessera", null), 1);
  private final Department sales = withId(new Department("Sales", company), 10);
  private final Department salesEast = withId(new Department("Sales East", sales), 11);
  private final Department partners = withId(new Department("Partners", company), 20);
  private final User sophie = withId(new User("sophie", "Sophie", null, sales), 100);
  private final User eve = withId(new User("eve", "Eve", null, salesEast), 101);
  private final User julie = withId(new User("julie", "Julie", null, partners), 102);

  @Test
  void aDepartmentReachesTheDepartmentsBelowItAndNoOthers() {
    List<Department> all = List.of(company, sales, salesEast, partners);

    assertEquals(Set.of(10L, 11L), sales.withThoseBelow(all));
    assertEquals(Set.of(1L, 10L, 11L, 20L), company.withThoseBelow(all));
    assertEquals(Set.of(20L), partners.withThoseBelow(all));
  }

  @Test
  void eachScopePermitsItsItems() {
    ItemScope own = new ItemScope(Scope.OWN, 100, Set.of());
    ItemScope department = new ItemScope(Scope.DEPARTMENT, 100, Set.of(10L, 11L));

    assertTrue(own.permits(sophie));
    assertFalse(own.permits(eve));
    assertFalse(own.permits(null), "an item nobody is responsible for is nobody's own");
    assertTrue(department.permits(eve));
    assertFalse(department.permits(julie));
    assertTrue(new ItemScope(Scope.ALL, 100, Set.of()).permits(null));
    assertFalse(new ItemScope(Scope.NONE, 100, Set.of()).permits(sophie));
  }

  @Test
  void queriesAreNarrowedByParametersNeverByText() {
    ItemScope department = new ItemScope(Scope.DEPARTMENT, 100, Set.of(10L));

    assertTrue(department.jpql().contains(":scopeDepartments"));
    assertEquals(
        Map.of("scopeUser", 100L, "scopeDepartments", Set.of(10L)), department.parameters());
    assertEquals("", new ItemScope(Scope.ALL, 100, Set.of()).jpql());
    assertFalse(new ItemScope(Scope.ALL, 100, Set.of()).isPartial());
    assertEquals(
        Map.of("scopeUser", 100L),
        new ItemScope(Scope.DEPARTMENT, 100, Set.of()).parameters(),
        "a user without a department reaches their own items");
  }

  private static <T> T withId(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
