package org.tessera.crm.document.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Money, numbers, percentages and dates written the way the template's language writes them: {@code
 * €1,234.50} and {@code November 23, 2026} in English, {@code 1 234,50 €} and {@code 23 novembre
 * 2026} in French. Other languages are written in English.
 */
public final class DocumentFormats {

  private final Locale locale;
  private final DateTimeFormatter dates;

  private DocumentFormats(Locale locale) {
    this.locale = locale;
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
  }

  public static DocumentFormats of(Locale locale) {
    return new DocumentFormats(supported(locale));
  }

  /** French for any French locale, English for anything else. */
  static Locale supported(Locale locale) {
    return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? Locale.FRANCE : Locale.US;
  }

  public Locale locale() {
    return locale;
  }

  public String money(BigDecimal amount, Currency currency) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(currency);
    format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
    format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
    return commercial(format).format(amount);
  }

  /** A quantity: grouped, with as many decimals as it has (up to three). */
  public String number(BigDecimal number) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(3);
    return commercial(format).format(number);
  }

  /** A percentage given in percent: {@code 12.5} is written {@code 12.5%} or {@code 12,5 %}. */
  public String percent(BigDecimal percent) {
    NumberFormat format = NumberFormat.getPercentInstance(locale);
    format.setMaximumFractionDigits(2);
    return commercial(format).format(percent.movePointLeft(2));
  }

  public String date(LocalDate date) {
    return dates.format(date);
  }

  /** Half up, as on invoices, where {@link NumberFormat} would round half to even. */
  private static NumberFormat commercial(NumberFormat format) {
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }
}
