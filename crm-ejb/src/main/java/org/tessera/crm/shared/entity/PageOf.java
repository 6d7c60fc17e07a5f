package org.tessera.crm.shared.entity;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the size of the whole list. */
public record PageOf<T>(List<T> content, int page, int size, long total) {

  public <R> PageOf<R> map(Function<T, R> mapper) {
    return new PageOf<>(content.stream().map(mapper).toList(), page, size, total);
  }
}
