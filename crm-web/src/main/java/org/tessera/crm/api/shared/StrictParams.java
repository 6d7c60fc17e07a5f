package org.tessera.crm.api.shared;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Number and date parameters that are not numbers or dates are a malformed request (400); JAX-RS
 * would otherwise answer 404 for path and query parameters, as if the resource did not exist, and
 * could not read dates at all. Text parameters are taken as they come: Jersey would otherwise look
 * for a way to make a String from a String by reflection, throwing exceptions to find none, for
 * every field of a {@code @BeanParam} on every request (the board's filter).
 */
@Provider
public class StrictParams implements ParamConverterProvider {

  private static final ParamConverter<String> AS_GIVEN =
      new ParamConverter<>() {
        @Override
        public String fromString(String value) {
          return value;
        }

        @Override
        public String toString(String value) {
          return value;
        }
      };

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (rawType == String.class) {
      return (ParamConverter<T>) AS_GIVEN;
    }
    if (rawType == Long.class || rawType == long.class) {
      return (ParamConverter<T>) new Strict<>(Long::valueOf, "a whole number");
    }
    if (rawType == Integer.class || rawType == int.class) {
      return (ParamConverter<T>) new Strict<>(Integer::valueOf, "a whole number");
    }
    if (rawType == LocalDate.class) {
      return (ParamConverter<T>) new Strict<>(LocalDate::parse, "a date written 2026-12-31");
    }
    return null;
  }

  private record Strict<V>(Function<String, V> parse, String expected)
      implements ParamConverter<V> {

    @Override
    public V fromString(String value) {
      if (value == null) {
        return null;
      }
      try {
        return parse.apply(value.trim());
      } catch (NumberFormatException | DateTimeParseException malformed) {
        throw new BadRequestException("'" + value + "' is not " + expected);
      }
    }

    @Override
    public String toString(V value) {
      return String.valueOf(value);
    }
  }
}
