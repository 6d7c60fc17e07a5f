package org.tessera.crm.activity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.tessera.crm.activity.entity.ActivityCounter.Colour;

class ActivityCounterTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final Duration WARNING = Duration.ofMinutes(15);

  @Test
  void nothingWaitingIsAGreyZero() {
    assertEquals(new ActivityCounter(0, Colour.GREY), ActivityCounter.of(0, null, NOW, WARNING));
  }

  @Test
  void plannedFarAwayIsGreen() {
    assertEquals(
        new ActivityCounter(2, Colour.GREEN), ActivityCounter.of(2, NOW.plusDays(3), NOW, WARNING));
    assertEquals(Colour.GREEN, ActivityCounter.of(1, NOW.plusMinutes(16), NOW, WARNING).colour());
  }

  @Test
  void aDeadlineWithinTheWarningTimeOrPassedIsRed() {
    assertEquals(Colour.RED, ActivityCounter.of(1, NOW.plusMinutes(15), NOW, WARNING).colour());
    assertEquals(Colour.RED, ActivityCounter.of(1, NOW.plusMinutes(5), NOW, WARNING).colour());
    assertEquals(Colour.RED, ActivityCounter.of(3, NOW.minusHours(2), NOW, WARNING).colour());
  }

  @Test
  void eachUserChoosesHowEarlyTheCounterTurnsRed() {
    OffsetDateTime inTenMinutes = NOW.plusMinutes(10);
    assertEquals(
        Colour.GREEN, ActivityCounter.of(1, inTenMinutes, NOW, Duration.ofMinutes(5)).colour());
    assertEquals(
        Colour.RED, ActivityCounter.of(1, inTenMinutes, NOW, Duration.ofHours(1)).colour());
  }

  @Test
  void unansweredCallsAndMessagesAreDueAtOnce() {
    assertEquals(ActivityCounter.NONE, ActivityCounter.unanswered(0));
    assertEquals(new ActivityCounter(2, Colour.RED), ActivityCounter.unanswered(2));
  }

  @Test
  void countsAddUpInTheMoreUrgentColour() {
    ActivityCounter far = ActivityCounter.of(2, NOW.plusDays(3), NOW, WARNING);
    assertEquals(new ActivityCounter(3, Colour.RED), far.plus(ActivityCounter.unanswered(1)));
    assertEquals(new ActivityCounter(3, Colour.RED), ActivityCounter.unanswered(1).plus(far));
    assertEquals(far, far.plus(ActivityCounter.NONE));
  }
}
