package org.tessera.crm.document.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DocumentFormatsTest {

  private static final Currency EURO = Currency.getInstance("EUR");
  private static final DocumentFormats ENGLISH = DocumentFormats.of(Locale.ENGLISH);
  private static final DocumentFormats FRENCH = DocumentFormats.of(Locale.forLanguageTag("fr-CA"));

  @Test
  void moneyIsWrittenTheWayTheLanguageWritesIt() {
    BigDecimal amount = new BigDecimal("1234.5");

    assertEquals("€1,234.50", ENGLISH.money(amount, EURO));
    assertEquals("1\u202F234,50\u00A0€", FRENCH.money(amount, EURO));
    assertEquals("¥1,235", ENGLISH.money(amount, Currency.getInstance("JPY")));
  }

  @Test
  void quantitiesKeepTheirDecimalsOnly() {
    assertEquals("2", ENGLISH.number(new BigDecimal("2.000")));
    assertEquals("1,250.5", ENGLISH.number(new BigDecimal("1250.5")));
    assertEquals("1\u202F250,5", FRENCH.number(new BigDecimal("1250.5")));
  }

  @Test
  void percentagesAreGivenInPercent() {
    assertEquals("12.5%", ENGLISH.percent(new BigDecimal("12.5")));
    assertEquals("20\u00A0%", FRENCH.percent(new BigDecimal("20")));
  }

  @Test
  void datesAreWrittenInFull() {
    LocalDate date = LocalDate.of(2026, 11, 23);

    assertEquals("November 23, 2026", ENGLISH.date(date));
    assertEquals("23 novembre 2026", FRENCH.date(date));
  }

  @Test
  void languagesOtherThanEnglishAndFrenchAreWrittenInEnglish() {
    assertEquals(Locale.US, DocumentFormats.of(Locale.GERMAN).locale());
    assertEquals(Locale.FRANCE, FRENCH.locale());
  }
}
