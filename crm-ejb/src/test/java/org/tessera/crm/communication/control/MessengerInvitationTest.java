package org.tessera.crm.communication.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MessengerInvitationTest {

  private static final String SECRET = "a server secret of thirty-two bytes or more";

  private final MessengerInvitation invitation =
      new MessengerInvitation("https://crm.example.com/chat", SECRET);

  @Test
  void acceptsItsOwnToken() {
    assertTrue(invitation.accepts(42, invitation.token(42)));
  }

  @Test
  void refusesATamperedTokenAnotherItemsTokenAndNone() {
    String token = invitation.token(42);
    char last = token.charAt(token.length() - 1);
    String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

    assertFalse(invitation.accepts(42, tampered));
    assertFalse(invitation.accepts(42, invitation.token(43)));
    assertFalse(invitation.accepts(42, token.substring(1)));
    assertFalse(invitation.accepts(42, null));
  }

  @Test
  void anotherSecretMakesAnotherToken() {
    MessengerInvitation other =
        new MessengerInvitation("https://crm.example.com/chat", SECRET + "!");

    assertNotEquals(invitation.token(42), other.token(42));
    assertFalse(other.accepts(42, invitation.token(42)));
  }

  @Test
  void linkCarriesItemAndUrlSafeTokenWithoutPadding() {
    String link = invitation.link(42).toString();

    assertTrue(link.startsWith("https://crm.example.com/chat?item=42&token="), link);
    assertTrue(invitation.token(42).matches("[A-Za-z0-9_-]{43}"), invitation.token(42));
    assertEquals(
        "https://crm.example.com/chat?lang=fr&item=7&token=" + invitation.token(7),
        new MessengerInvitation("https://crm.example.com/chat?lang=fr", SECRET).link(7).toString());
  }

  @Test
  void messageFillsTheLinkIntoTheText() {
    assertEquals(
        "Chat with us: " + invitation.link(42),
        invitation.message(42, "Chat with us: {" + MessengerInvitation.LINK + "}"));
  }

  @Test
  void shortSecretIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new MessengerInvitation("https://crm.example.com/chat", "too short"));
  }
}
