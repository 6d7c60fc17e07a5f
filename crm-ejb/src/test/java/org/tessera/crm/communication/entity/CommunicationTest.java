package org.tessera.crm.communication.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

class CommunicationTest {

  private static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final String PHONE = "+33612345678";

  @Test
  void aCallTellsItsDirectionNumberAndOutcome() {
    assertEquals(
        "Incoming call from +33612345678: Wants a demo",
        call(Direction.INCOMING, 120, "Wants a demo").summary());
    assertEquals(
        "Outgoing call to +33612345678: Visit on Monday",
        call(Direction.OUTGOING, 60, " Visit on Monday ").summary());
    assertEquals("Missed call from +33612345678", call(Direction.MISSED, null, " ").summary());
  }

  @Test
  void incomingAndMissedCallsWaitForAnAnswerAndTheFirstAnswerCounts() {
    Communication missed = call(Direction.MISSED, 30, null);
    assertTrue(missed.isWaiting());
    assertNull(missed.getDurationSeconds(), "a missed call lasted no time");

    missed.answer(AT.plusHours(1));
    missed.answer(AT.plusHours(2));

    assertFalse(missed.isWaiting());
    assertEquals(AT.plusHours(1), missed.getAnsweredAt());
    assertTrue(call(Direction.INCOMING, 10, null).isWaiting());
  }

  @Test
  void onlyIncomingOnesCanBeAnswered() {
    Communication outgoing = call(Direction.OUTGOING, 10, null);
    assertFalse(outgoing.isWaiting());
    BusinessRuleViolation refused =
        assertThrows(BusinessRuleViolation.class, () -> outgoing.answer(AT));
    assertEquals("communication.not-incoming", refused.rule());
  }

  @Test
  void aCallCannotLastLessThanNoTime() {
    assertEquals(
        "communication.duration-invalid",
        assertThrows(BusinessRuleViolation.class, () -> call(Direction.INCOMING, -1, null)).rule());
  }

  @Test
  void whatWentOutAnswersTheClientButWhatFailedDoesNot() {
    Communication sent =
        Communication.sent(
            1, CommunicationChannel.EMAIL, "a@b.test", "Offer", "Hi", "<1@crm>", null, AT);
    Communication failed =
        Communication.notSent(1, CommunicationChannel.SMS, PHONE, null, "Hi", "HTTP 500", null, AT);

    assertTrue(sent.answersClient());
    assertFalse(failed.answersClient());
    assertTrue(failed.isFailed());
    assertEquals(CommunicationStatus.FAILED, failed.getStatus());
    assertEquals("E-mail to a@b.test: Offer", sent.summary());
    assertEquals("SMS to +33612345678 could not be sent: HTTP 500", failed.summary());
  }

  @Test
  void aReceivedMailWithoutSubjectIsToldByItsTextAndLongTextsAreCutToTheColumns() {
    Communication mail =
        Communication.mailReceived(
            1, "anna@client.test", " ", "x".repeat(5000), "<m@client>", null, AT);

    assertTrue(mail.isWaiting());
    assertNull(mail.getSubject());
    assertEquals(Communication.BODY_LIMIT, mail.getBody().length());
    assertTrue(mail.getBody().endsWith("…"));
    assertTrue(mail.summary().startsWith("E-mail from anna@client.test: xxx"));
    assertEquals("<m@client>", mail.getExternalId());
  }

  @Test
  void aGatewayWithoutIdLeavesNoExternalId() {
    assertNull(
        Communication.sent(1, CommunicationChannel.SMS, PHONE, null, "Hi", "", null, AT)
            .getExternalId());
  }

  private static Communication call(Direction direction, Integer seconds, String outcome) {
    return Communication.callLogged(1, direction, PHONE, seconds, outcome, null, null, AT);
  }
}
