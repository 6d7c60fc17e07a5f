package org.tessera.crm.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void aTextWithoutArgumentsKeepsItsApostrophes() {
    assertEquals(
        "L'étape initiale ne peut pas être supprimée",
        Messages.fill("L'étape initiale ne peut pas être supprimée", Locale.FRENCH));
  }

  @Test
  void aTextWithArgumentsGetsThemWithDoubledApostrophesReadAsOne() {
    assertEquals(
        "Supprimer l'étape « Gagné » ?",
        Messages.fill("Supprimer l''étape « {0} » ?", Locale.FRENCH, "Gagné"));
  }
}
