package org.tessera.crm.view;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

/**
 * Lets pages read record components as properties ({@code #{row.title}}). Jakarta EL 5, the version
 * in Jakarta EE 10, only knows bean getters; EL 6 adds this, and then this class goes.
 */
public class RecordElResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Optional<RecordComponent> component = component(base, property);
    if (component.isEmpty()) {
      return null;
    }
    context.setPropertyResolved(base, property);
    try {
      return component.get().getAccessor().invoke(base);
    } catch (ReflectiveOperationException e) {
      throw new ELException("Cannot read " + property + " of " + base.getClass().getName(), e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    Optional<RecordComponent> component = component(base, property);
    component.ifPresent(c -> context.setPropertyResolved(base, property));
    return null; // read-only: EL wants null here for a property it cannot set
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (component(base, property).isPresent()) {
      throw new PropertyNotWritableException(property + " of a record cannot be changed");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (component(base, property).isPresent()) {
      context.setPropertyResolved(base, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base instanceof Record ? String.class : null;
  }

  private static Optional<RecordComponent> component(Object base, Object property) {
    if (!(base instanceof Record) || !(property instanceof String name)) {
      return Optional.empty();
    }
    return Arrays.stream(base.getClass().getRecordComponents())
        .filter(c -> c.getName().equals(name))
        .findFirst();
  }
}
