package org.tessera.crm.communication.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

  @Test
  void knownPlaceholdersAreFilledAndUnknownOnesStayAsWritten() {
    String filled =
        MessageTemplate.fill(
            "Dear {Client}, about {Item.Title} ({Deal.budget_code}) see {Item.Link}.",
            Map.of("Client", "Anna", "Item.Title", "Offer 42", "Deal.budget_code", "B-7"));

    assertEquals("Dear Anna, about Offer 42 (B-7) see {Item.Link}.", filled);
  }

  @Test
  void valuesAreInsertedLiterallyAndNotFilledAgain() {
    String filled =
        MessageTemplate.fill(
            "{Item.Title} / {Client}", Map.of("Item.Title", "{Client} costs $1 \\o/"));

    assertEquals("{Client} costs $1 \\o/ / {Client}", filled);
  }

  @Test
  void braceTextThatIsNoPlaceholderIsLeftAlone() {
    String text = "{} {1st} { Item.Title } {Item.} {Item-Title} json {\"a\":1}";

    assertEquals(text, MessageTemplate.fill(text, Map.of("Item.Title", "x", "1st", "y")));
    assertEquals(List.of(), MessageTemplate.unknown(text, Set.of()));
  }

  @Test
  void unknownListsEachUnknownPlaceholderOnceInOrder() {
    List<String> unknown =
        MessageTemplate.unknown(
            "{Deal.Titel} {Item.Title} {Client} {Deal.Titel} {Deal.cf_2}",
            Set.of("Item.Title", "Client"));

    assertEquals(List.of("Deal.Titel", "Deal.cf_2"), unknown);
  }
}
