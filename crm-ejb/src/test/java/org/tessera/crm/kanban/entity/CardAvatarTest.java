package org.tessera.crm.kanban.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.crm.kanban.entity.AvatarEvent.Kind;

class CardAvatarTest {

  private static final long RESPONSIBLE = 1;
  private static final long SOPHIE = 2;
  private static final long MARC = 3;
  private static final OffsetDateTime MONDAY =
      OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void withNothingHappenedTheCardShowsTheResponsible() {
    assertEquals(RESPONSIBLE, CardAvatar.of(RESPONSIBLE, List.of()));
    assertNull(CardAvatar.of(null, List.of()));
  }

  @Test
  void theLatestEmployeeWhoCommentedOrTookAnIncomingContactIsShown() {
    assertEquals(
        MARC,
        CardAvatar.of(
            RESPONSIBLE,
            List.of(
                new AvatarEvent(Kind.INCOMING_CALL, MARC, MONDAY.plusHours(2)),
                new AvatarEvent(Kind.COMMENT, SOPHIE, MONDAY.plusHours(1)))));
    for (Kind kind :
        List.of(Kind.MISSED_CALL, Kind.INCOMING_EMAIL, Kind.INCOMING_CHAT, Kind.REMINDER_FIRED)) {
      assertEquals(
          SOPHIE, CardAvatar.of(RESPONSIBLE, List.of(new AvatarEvent(kind, SOPHIE, MONDAY))));
    }
  }

  @Test
  void outgoingContactsAndOtherEventsLeaveTheFaceAsItWas() {
    assertEquals(
        SOPHIE,
        CardAvatar.of(
            RESPONSIBLE,
            List.of(
                new AvatarEvent(Kind.COMMENT, SOPHIE, MONDAY),
                new AvatarEvent(Kind.OUTGOING_CALL, MARC, MONDAY.plusHours(1)),
                new AvatarEvent(Kind.OUTGOING_EMAIL, MARC, MONDAY.plusHours(2)),
                new AvatarEvent(Kind.OTHER, MARC, MONDAY.plusHours(3)))));
    assertEquals(
        RESPONSIBLE,
        CardAvatar.of(RESPONSIBLE, List.of(new AvatarEvent(Kind.COMMENT, null, MONDAY))));
  }
}
