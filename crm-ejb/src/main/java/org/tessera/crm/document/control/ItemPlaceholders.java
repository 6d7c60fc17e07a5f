package org.tessera.crm.document.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.mycompany.entity.MyCompany;

/**
 * The placeholders of an item, in words for the template's language: {@code {Deal.Title}} (or
 * {@code {Item.Title}} for any type), its id, amount, stage, responsible and creation date, a field
 * by code ({@code {Deal.budget_code}}), and the document's own number and date. E-mails and
 * messages to clients use the same names.
 */
public final class ItemPlaceholders {

  public static final String ANY_TYPE = "Item";
  public static final String DOCUMENT_NUMBER = "Document.Number";
  public static final String DOCUMENT_DATE = "Document.Date";
  public static final String CONTACT = "Contact";
  public static final String COMPANY = "Company";
  public static final String MY_COMPANY = "MyCompany";
  private static final List<String> OWN =
      List.of("Id", "Title", "Name", "Amount", "Stage", "Responsible", "Created");
  private static final List<String> CLIENT_OWN = List.of("Id", "Title", "Name");

  private final String typePrefix;
  private final DocumentFormats formats;
  private final DocumentData.Builder data = DocumentData.builder();

  private ItemPlaceholders(String typeCode, Locale locale) {
    this.typePrefix = prefixOf(typeCode);
    this.formats = DocumentFormats.of(locale);
  }

  /**
   * The item's own placeholders and those of its fields.
   *
   * @param fieldValues the item's field values as the field values service shows them to the reader
   *     (money as amount and currency, lists for several values)
   * @param userNames the names of users whose ids field values hold
   */
  public static ItemPlaceholders of(
      Item item, Map<String, Object> fieldValues, Map<Long, String> userNames, Locale locale) {
    ItemPlaceholders placeholders = new ItemPlaceholders(item.getItemType().getCode(), locale);
    placeholders.put("Id", Long.toString(item.getId()));
    placeholders.put("Title", item.getTitle());
    placeholders.put("Name", item.getTitle());
    placeholders.put(
        "Amount",
        item.getAmount() == null ? "" : placeholders.money(item.getAmount(), item.getCurrency()));
    placeholders.put("Stage", item.getStage() == null ? "" : item.getStage().getName());
    placeholders.put(
        "Responsible", item.getResponsible() == null ? "" : item.getResponsible().getFullName());
    placeholders.put("Created", placeholders.formats.date(item.getCreatedAt().toLocalDate()));
    fieldValues.forEach(
        (code, value) -> {
          String words = placeholders.words(value, userNames);
          namesOf(code).forEach(name -> placeholders.put(name, words));
        });
    return placeholders;
  }

  /**
   * Every name a template of this type may use, for the template check.
   *
   * @param fieldCodes the codes of the fields of this type
   * @param clientFieldCodes the codes of the fields of contacts and of companies
   */
  public static Set<String> known(
      String typeCode, List<String> fieldCodes, Map<String, List<String>> clientFieldCodes) {
    Set<String> known = new LinkedHashSet<>(ProductTable.PLACEHOLDERS);
    known.add(DOCUMENT_NUMBER);
    known.add(DOCUMENT_DATE);
    for (String prefix : List.of(ANY_TYPE, prefixOf(typeCode))) {
      OWN.forEach(name -> known.add(prefix + "." + name));
      fieldCodes.forEach(code -> namesOf(code).forEach(name -> known.add(prefix + "." + name)));
    }
    clientFieldCodes.forEach(
        (clientType, codes) -> {
          String prefix = prefixOf(clientType);
          CLIENT_OWN.forEach(name -> known.add(prefix + "." + name));
          codes.forEach(code -> namesOf(code).forEach(name -> known.add(prefix + "." + name)));
        });
    MyCompany.DETAILS.forEach(name -> known.add(MY_COMPANY + "." + name));
    return known;
  }

  /**
   * The placeholders of a client linked to the item, e.g. {@code {Contact.Name}} or {@code
   * {Company.address}}; a contact's or company's own placeholders stay its own.
   */
  public ItemPlaceholders client(
      Item client, Map<String, Object> fieldValues, Map<Long, String> userNames) {
    String prefix = prefixOf(client.getItemType().getCode());
    if (!prefix.equals(typePrefix)) {
      data.put(prefix + ".Id", String.valueOf(client.getId()));
      data.put(prefix + ".Title", client.getTitle());
      data.put(prefix + ".Name", client.getTitle());
      fieldValues.forEach(
          (code, value) -> {
            String words = words(value, userNames);
            namesOf(code).forEach(name -> data.put(prefix + "." + name, words));
          });
    }
    return this;
  }

  /** Our company's details, e.g. {@code {MyCompany.Iban}}. */
  public ItemPlaceholders myCompany(Map<String, String> details) {
    details.forEach((name, value) -> data.put(MY_COMPANY + "." + name, value));
    return this;
  }

  /** One row of the product table, its money in the item's currency. */
  public ItemPlaceholders product(
      String name,
      BigDecimal quantity,
      BigDecimal price,
      BigDecimal discountPercent,
      BigDecimal taxRate,
      BigDecimal total,
      String currency) {
    data.productRow(
        Map.of(
            ProductTable.NAME, name,
            ProductTable.QUANTITY, formats.number(quantity),
            ProductTable.PRICE, money(price, currency),
            ProductTable.DISCOUNT, formats.percent(discountPercent),
            ProductTable.TAX, formats.percent(taxRate),
            ProductTable.TOTAL, money(total, currency)));
    return this;
  }

  /** What all the rows come to, and the tax in it. */
  public ItemPlaceholders productTotals(BigDecimal total, BigDecimal tax, String currency) {
    data.productTotals(money(total, currency), money(tax, currency));
    return this;
  }

  private String money(BigDecimal amount, String currency) {
    return currency == null
        ? formats.number(amount)
        : formats.money(amount, Currency.getInstance(currency));
  }

  public DocumentData document(String number, LocalDate date) {
    data.put(DOCUMENT_NUMBER, number);
    data.put(DOCUMENT_DATE, formats.date(date));
    return data.build();
  }

  /** The item's placeholders by name, e.g. {@code Item.Title} and {@code Deal.Title}. */
  public Map<String, String> values() {
    return data.build().values();
  }

  private void put(String name, String text) {
    data.put(ANY_TYPE + "." + name, text);
    data.put(typePrefix + "." + name, text);
  }

  private String words(Object value, Map<Long, String> userNames) {
    if (value == null) {
      return "";
    }
    if (value instanceof List<?> several) {
      return several.stream().map(one -> words(one, userNames)).collect(Collectors.joining(", "));
    }
    if (value instanceof Map<?, ?> money) {
      return formats.money(
          (BigDecimal) money.get("amount"), Currency.getInstance((String) money.get("currency")));
    }
    if (value instanceof BigDecimal number) {
      return formats.number(number);
    }
    if (value instanceof LocalDate date) {
      return formats.date(date);
    }
    if (value instanceof Long id && userNames.containsKey(id)) {
      return userNames.get(id);
    }
    return value.toString();
  }

  /**
   * A field answers to its code and, like the item's own names, to its code capitalised: {@code
   * {Company.address}} and {@code {Company.Address}}; the item's own names come first.
   */
  private static List<String> namesOf(String code) {
    String capitalised = prefixOf(code);
    return capitalised.equals(code) || OWN.contains(capitalised)
        ? List.of(code)
        : List.of(code, capitalised);
  }

  /** "deal" is written {@code Deal} in placeholders. */
  static String prefixOf(String typeCode) {
    return typeCode.substring(0, 1).toUpperCase(Locale.ROOT) + typeCode.substring(1);
  }
}
