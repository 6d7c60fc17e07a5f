package org.tessera.crm.api.shared;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Number parameters that are not numbers are a malformed request (400); JAX-RS would otherwise
 * answer 404 for path and query parameters, as if the resource did not exist.
 */
@Provider
public class StrictNumberParams implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (rawType == Long.class || rawType == long.class) {
      return (ParamConverter<T>) new Strict<>(Long::valueOf);
    }
    if (rawType == Integer.class || rawType == int.class) {
      return (ParamConverter<T>) new Strict<>(Integer::valueOf);
    }
    return null;
  }

  private record Strict<N extends Number>(Function<String, N> parse) implements ParamConverter<N> {

    @Override
    public N fromString(String value) {
      if (value == null) {
        return null;
      }
      try {
        return parse.apply(value.trim());
      } catch (NumberFormatException notANumber) {
        throw new BadRequestException("'" + value + "' is not a whole number");
      }
    }

    @Override
    public String toString(N value) {
      return String.valueOf(value);
    }
  }
}
