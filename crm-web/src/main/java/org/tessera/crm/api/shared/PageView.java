package org.tessera.crm.api.shared;

import java.util.List;
import java.util.function.Function;
import org.tessera.crm.shared.entity.PageOf;

/** A page of a list as the API returns it. */
public record PageView<T>(List<T> content, int page, int size, long total) {

  public static <E, T> PageView<T> of(PageOf<E> page, Function<E, T> view) {
    return new PageView<>(
        page.content().stream().map(view).toList(), page.page(), page.size(), page.total());
  }
}
