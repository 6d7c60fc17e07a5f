package org.tessera.crm.document.control;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the template check tells the user on upload.
 *
 * @param found every placeholder name in the template, in order of first appearance
 * @param unknown names that no field or product column answers to: they would stay empty
 * @param outsideProductRow {@code Product.*} names outside a table row, which nothing repeats
 */
public record TemplateReport(
    Set<String> found, Set<String> unknown, Set<String> outsideProductRow) {

  static TemplateReport of(Set<String> found, Set<String> known, Set<String> outsideProductRow) {
    Set<String> unknown = new LinkedHashSet<>(found);
    unknown.removeAll(known);
    return new TemplateReport(
        Collections.unmodifiableSet(new LinkedHashSet<>(found)),
        Collections.unmodifiableSet(unknown),
        Collections.unmodifiableSet(new LinkedHashSet<>(outsideProductRow)));
  }

  /** True when every placeholder is known and in its place. */
  public boolean isClean() {
    return unknown.isEmpty() && outsideProductRow.isEmpty();
  }
}
