package org.tessera.crm.document.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What fills a template, already formatted as text: a value per placeholder name, and the product
 * rows, each a value per {@code Product.*} placeholder. A placeholder without a value is left
 * empty.
 */
public record DocumentData(Map<String, String> values, List<Map<String, String>> productRows) {

  public DocumentData {
    values = Map.copyOf(values);
    productRows = productRows.stream().map(Map::copyOf).toList();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The text for a placeholder outside the product rows. */
  public String value(String name) {
    return values.getOrDefault(name, "");
  }

  /** Gathers values before the immutable {@link DocumentData} is made. */
  public static final class Builder {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<Map<String, String>> productRows = new ArrayList<>();

    /** A null text, an empty field, is written as nothing. */
    public Builder put(String name, String text) {
      values.put(name, text == null ? "" : text);
      return this;
    }

    public Builder productRow(Map<String, String> row) {
      productRows.add(row);
      return this;
    }

    public Builder productTotals(String total, String tax) {
      return put(ProductTable.TOTAL_OF_ALL, total).put(ProductTable.TAX_OF_ALL, tax);
    }

    public DocumentData build() {
      return new DocumentData(values, productRows);
    }
  }
}
