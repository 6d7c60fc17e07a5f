package org.tessera.crm.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class InAppPathTest {

  @Test
  void keepsPathsOfThisApplication() {
    assertEquals("/settings/types.xhtml", InAppPath.of("/settings/types.xhtml"));
    assertEquals(
        "/items/list.xhtml?type=deal&pipeline=2",
        InAppPath.of("/items/list.xhtml?type=deal&pipeline=2"));
  }

  @Test
  void dropsAnythingThatLeavesIt() {
    assertNull(InAppPath.of(null));
    assertNull(InAppPath.of(""));
    assertNull(InAppPath.of("https://evil.example/"));
    assertNull(InAppPath.of("//evil.example/x"));
    assertNull(InAppPath.of("/\\evil.example"));
    assertNull(InAppPath.of("/x?next=https://evil.example"));
    assertNull(InAppPath.of("javascript:alert(1)"));
    assertNull(InAppPath.of("items/list.xhtml"));
  }
}
