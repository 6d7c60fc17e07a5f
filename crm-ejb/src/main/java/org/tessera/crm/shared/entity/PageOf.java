package org.tessera.crm.shared.entity;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the size of the whole list. */
public record PageOf<T>(List<T> content, int page, int size, long total) {

  /**
   * The page of the rows query, and the total the count query gives; both with their parameters.
   */
  public static <T> PageOf<T> read(TypedQuery<T> rows, TypedQuery<Long> count, PageRequest page) {
    List<T> content = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new PageOf<>(content, page.page(), page.size(), count.getSingleResult());
  }

  public <R> PageOf<R> map(Function<T, R> mapper) {
    return new PageOf<>(content.stream().map(mapper).toList(), page, size, total);
  }
}
