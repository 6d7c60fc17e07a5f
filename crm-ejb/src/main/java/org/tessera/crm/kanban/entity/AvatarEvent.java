package org.tessera.crm.kanban.entity;

import java.time.OffsetDateTime;

/**
 * Something that happened to an item and may put an employee's face on its card.
 *
 * @param employeeId who commented, or who is responsible for the call, message or activity
 */
public record AvatarEvent(Kind kind, Long employeeId, OffsetDateTime at) {

  /** What happened; only some kinds make their employee the face of the card. */
  public enum Kind {
    COMMENT(true),
    INCOMING_CALL(true),
    MISSED_CALL(true),
    OUTGOING_CALL(false),
    INCOMING_EMAIL(true),
    OUTGOING_EMAIL(false),
    INCOMING_CHAT(true),
    REMINDER_FIRED(true),
    OTHER(false);

    private final boolean showsEmployee;

    Kind(boolean showsEmployee) {
      this.showsEmployee = showsEmployee;
    }

    public boolean showsEmployee() {
      return showsEmployee;
    }
  }
}
