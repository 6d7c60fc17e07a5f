package org.tessera.crm.bench.documents;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tessera.crm.document.control.DocumentData;
import org.tessera.crm.document.control.DocxTemplate;

/** The two engines under test, each filling the quote with the same texts. */
final class Engines {

  static final int PRODUCTS = 100;

  private Engines() {}

  static String text(String field) {
    return switch (field) {
      case "Deal.Title" -> "Fleet renewal 2027";
      case "Company.Address" -> "1 Analytical Way\nLondon N1 7AA";
      default -> field.substring(field.indexOf('.') + 1) + " value";
    };
  }

  static Map<String, String> product(int i) {
    return Map.of(
        "Name", "Electric van model " + i,
        "Quantity", Integer.toString(1 + i % 7),
        "Price", "€31,500.00",
        "Discount", "5%",
        "Tax", "20%",
        "Total", "€29,925.00");
  }

  /** Tessera: the template is prepared once, every document is rendered from it. */
  static Supplier<byte[]> tessera() throws IOException {
    DocxTemplate template = DocxTemplate.open(QuoteTemplate.docx(QuoteTemplate.TESSERA));
    DocumentData.Builder data = DocumentData.builder();
    QuoteTemplate.FIELDS.forEach(field -> data.put(field, text(field)));
    QuoteTemplate.TOTALS.forEach(field -> data.put(field, text(field)));
    for (int i = 0; i < PRODUCTS; i++) {
      Map<String, String> row = new LinkedHashMap<>();
      product(i).forEach((column, value) -> row.put("Product." + column, value));
      data.productRow(row);
    }
    DocumentData filled = data.build();
    return () -> template.render(filled);
  }

  /** poi-tl: a compiled template renders once, so every document compiles it again. */
  static Supplier<byte[]> poiTl() throws IOException {
    byte[] template = QuoteTemplate.docx(QuoteTemplate.POI_TL);
    Configure configure =
        Configure.builder()
            .buildGramer("{", "}")
            .bind("products", new LoopRowTableRenderPolicy(true))
            .build();
    Map<String, Object> data = new LinkedHashMap<>();
    for (String field : concat(QuoteTemplate.FIELDS, QuoteTemplate.TOTALS)) {
      String[] path = field.split("\\.");
      @SuppressWarnings("unchecked")
      Map<String, Object> group =
          (Map<String, Object>) data.computeIfAbsent(path[0], g -> new LinkedHashMap<>());
      group.put(path[1], text(field));
    }
    List<Map<String, String>> products = new ArrayList<>();
    for (int i = 0; i < PRODUCTS; i++) {
      products.add(product(i));
    }
    data.put("products", products);
    return () -> {
      try (XWPFTemplate compiled =
              XWPFTemplate.compile(new ByteArrayInputStream(template), configure).render(data);
          ByteArrayOutputStream out = new ByteArrayOutputStream(template.length * 4)) {
        compiled.write(out);
        return out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
