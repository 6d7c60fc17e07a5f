package org.tessera.crm.kanban.boundary;

import java.time.LocalDate;

/**
 * What narrows the cards on a board; every part may be left out.
 *
 * @param responsibleId only items this user is responsible for
 * @param text a piece of the title, any case
 * @param createdFrom created on this day or later
 * @param createdTo created on this day or earlier
 * @param fieldCode a field of the type to filter on, with {@code fieldValue}
 * @param fieldValue the value as typed: a piece of a text, an entry code, a number, a date, an id
 */
public record BoardFilter(
    Long responsibleId,
    String text,
    LocalDate createdFrom,
    LocalDate createdTo,
    String fieldCode,
    String fieldValue) {

  /** Whether the whole pipeline is shown. */
  public boolean isEmpty() {
    return responsibleId == null
        && (text == null || text.isBlank())
        && createdFrom == null
        && createdTo == null
        && (fieldCode == null || fieldCode.isBlank());
  }
}
