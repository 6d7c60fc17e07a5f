package org.tessera.crm.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordElResolverTest {

  record Row(long id, String title) {}

  private final RecordElResolver resolver = new RecordElResolver();

  @Test
  void readsRecordComponentsAsReadOnlyProperties() {
    ELContext context = context();
    assertEquals("Deal", resolver.getValue(context, new Row(1, "Deal"), "title"));
    assertTrue(context.isPropertyResolved());
    assertTrue(resolver.isReadOnly(context(), new Row(1, "Deal"), "id"));
    assertThrows(
        PropertyNotWritableException.class,
        () -> resolver.setValue(context(), new Row(1, "Deal"), "title", "x"));
  }

  @Test
  void leavesEverythingElseToTheOtherResolvers() {
    ELContext context = context();
    assertNull(resolver.getValue(context, new Row(1, "Deal"), "missing"));
    assertNull(resolver.getValue(context, "not a record", "length"));
    assertFalse(context.isPropertyResolved());
  }

  /** A bare context: the resolver only records on it whether it resolved the property. */
  private static ELContext context() {
    return new ELContext() {
      @Override
      public ELResolver getELResolver() {
        return null;
      }

      @Override
      public FunctionMapper getFunctionMapper() {
        return null;
      }

      @Override
      public VariableMapper getVariableMapper() {
        return null;
      }
    };
  }
}
