package org.tessera.crm.communication.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

  @Test
  void separatorsAreTakenOutAndThePlusKept() {
    assertEquals("+49301234567", PhoneNumbers.normalized(" +49 (30) 1234-567 "));
    assertEquals("0301234567", PhoneNumbers.normalized("030.123.4567"));
  }

  @Test
  void telUriHoldsTheNormalizedNumber() {
    assertEquals(URI.create("tel:+33612345678"), PhoneNumbers.telUri("+33 6 12 34 56 78"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {"", "12345", "+1234567890123456", "++49301234", "+49 30 abc", "49+301234"})
  void whatIsNoPhoneNumberIsRefusedWithTheNumberInTheMessage(String number) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> PhoneNumbers.normalized(number));

    assertTrue(refused.getMessage().startsWith("Not a phone number: \"" + number + "\""));
  }

  @Test
  void outgoingMessageKeepsTheNormalizedNumber() {
    assertEquals(
        "+49301234567", new OutgoingMessage(MessageChannel.SMS, "+49 30 1234567", "Hi").to());
  }
}
