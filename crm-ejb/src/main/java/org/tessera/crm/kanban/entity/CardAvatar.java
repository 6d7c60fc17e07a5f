package org.tessera.crm.kanban.entity;

import java.util.Collection;
import java.util.Comparator;

/**
 * Whose face a Kanban card shows (M26): the responsible user, unless since then an employee
 * commented, or is responsible for an incoming or missed call, an incoming e-mail or chat, or an
 * activity whose reminder fired; then the latest of them.
 */
public final class CardAvatar {

  private CardAvatar() {}

  /**
   * @param responsibleId the item's responsible user, or null
   * @param events what happened to the item, in any order
   * @return the user to show, or null when there is no one
   */
  public static Long of(Long responsibleId, Collection<AvatarEvent> events) {
    return events.stream()
        .filter(event -> event.kind().showsEmployee() && event.employeeId() != null)
        .max(Comparator.comparing(AvatarEvent::at))
        .map(AvatarEvent::employeeId)
        .orElse(responsibleId);
  }
}
