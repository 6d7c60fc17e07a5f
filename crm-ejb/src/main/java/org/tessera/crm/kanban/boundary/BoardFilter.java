package org.tessera.crm.kanban.boundary;

import java.time.LocalDate;

/**
 * What narrows the cards on a board; every part may be left out.
 *
 * @param responsibleId only items this user is responsible for
 * @param text a piece of the title, any case
 * @param createdFrom created on this day or later
 * @param createdTo created on this day or earlier
 */
public record BoardFilter(
    Long responsibleId, String text, LocalDate createdFrom, LocalDate createdTo) {

  /** Whether the whole pipeline is shown. */
  public boolean isEmpty() {
    return responsibleId == null
        && (text == null || text.isBlank())
        && createdFrom == null
        && createdTo == null;
  }
}
