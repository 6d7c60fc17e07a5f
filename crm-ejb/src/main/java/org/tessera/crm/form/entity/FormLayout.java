package org.tessera.crm.form.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.Limits;

/**
 * What a form view shows: ordered sections of fields and ordered tabs. A field of the type that no
 * section holds is hidden; hiding or dropping a section never touches values. Immutable: every
 * change returns a new layout.
 *
 * @param sections in display order
 * @param tabs in display order, each shown or hidden
 */
public record FormLayout(List<Section> sections, List<Tab> tabs) {

  /**
   * @param id stable within its layout
   * @param title as the user named it; null for a shipped section, shown by its id's label
   * @param fieldIds the section's fields in display order
   */
  public record Section(String id, String title, List<Long> fieldIds) {
    public Section {
      fieldIds = List.copyOf(fieldIds);
    }

    Section withFields(UnaryOperator<List<Long>> change) {
      return new Section(id, title, change.apply(new ArrayList<>(fieldIds)));
    }
  }

  public record Tab(CardTab code, boolean hidden) implements Serializable {}

  public static final String MAIN = "main";
  public static final String MORE = "more";

  public FormLayout {
    sections = List.copyOf(sections);
    tabs = List.copyOf(tabs);
  }

  /** The shipped layout: the item's own fields in the first section, the others in the second. */
  public static FormLayout shipped(List<Long> coreFieldIds, List<Long> otherFieldIds) {
    return new FormLayout(
        List.of(new Section(MAIN, null, coreFieldIds), new Section(MORE, null, otherFieldIds)),
        EnumSet.allOf(CardTab.class).stream().map(code -> new Tab(code, false)).toList());
  }

  public FormLayout addSection(String title) {
    List<Section> changed = new ArrayList<>(sections);
    changed.add(new Section(freeSectionId(), checkedTitle(title), List.of()));
    return new FormLayout(changed, tabs);
  }

  public FormLayout renameSection(String sectionId, String title) {
    Section section = section(sectionId);
    return replace(section, new Section(section.id(), checkedTitle(title), section.fieldIds()));
  }

  public FormLayout moveSection(String sectionId, int index) {
    List<Section> changed = new ArrayList<>(sections);
    Section section = section(sectionId);
    changed.remove(section);
    changed.add(clamp(index, changed.size()), section);
    return new FormLayout(changed, tabs);
  }

  /** Removes a section; its fields become hidden. The last section stays, to show fields in. */
  public FormLayout deleteSection(String sectionId) {
    Section section = section(sectionId);
    if (sections.size() == 1) {
      throw new BusinessRuleViolation(
          "form.last-section", "A form keeps at least one section to show fields in");
    }
    List<Section> changed = new ArrayList<>(sections);
    changed.remove(section);
    return new FormLayout(changed, tabs);
  }

  /** Shows a field, or moves a shown one, at a position of a section (clamped to its ends). */
  public FormLayout placeField(long fieldId, String sectionId, int index) {
    section(sectionId);
    List<Section> changed = new ArrayList<>();
    for (Section section : hideField(fieldId).sections) {
      changed.add(
          section.id().equals(sectionId)
              ? section.withFields(
                  ids -> {
                    ids.add(clamp(index, ids.size()), fieldId);
                    return ids;
                  })
              : section);
    }
    return new FormLayout(changed, tabs);
  }

  public FormLayout hideField(long fieldId) {
    return inEverySection(ids -> ids.remove(Long.valueOf(fieldId)));
  }

  /** Appends a field to the last section, unless it is already shown. */
  public FormLayout append(long fieldId) {
    if (shownFieldIds().contains(fieldId)) {
      return this;
    }
    Section last = sections.get(sections.size() - 1);
    return placeField(fieldId, last.id(), last.fieldIds().size());
  }

  /** Moves a tab to a position and shows or hides it. */
  public FormLayout arrangeTab(CardTab code, int index, boolean hidden) {
    List<Tab> changed = new ArrayList<>(withEveryTab().tabs);
    changed.removeIf(tab -> tab.code() == code);
    changed.add(clamp(index, changed.size()), new Tab(code, hidden));
    return new FormLayout(sections, changed);
  }

  /**
   * The layout as it applies to the fields that exist now: deleted fields left out, tabs added
   * since the view was saved shown at the end.
   */
  public FormLayout forFields(Collection<Long> existingFieldIds) {
    Set<Long> existing = Set.copyOf(existingFieldIds);
    return inEverySection(ids -> ids.retainAll(existing)).withEveryTab();
  }

  public Set<Long> shownFieldIds() {
    return sections.stream()
        .flatMap(section -> section.fieldIds().stream())
        .collect(Collectors.toSet());
  }

  public Section section(String sectionId) {
    return sections.stream()
        .filter(section -> section.id().equals(sectionId))
        .findFirst()
        .orElseThrow(
            () ->
                new BusinessRuleViolation(
                    "form.section-unknown", "The form has no section '" + sectionId + "'"));
  }

  private FormLayout inEverySection(Consumer<List<Long>> change) {
    return new FormLayout(
        sections.stream()
            .map(
                section ->
                    section.withFields(
                        ids -> {
                          change.accept(ids);
                          return ids;
                        }))
            .toList(),
        tabs);
  }

  private FormLayout withEveryTab() {
    List<Tab> all = new ArrayList<>(tabs);
    EnumSet<CardTab> missing = EnumSet.allOf(CardTab.class);
    tabs.forEach(tab -> missing.remove(tab.code()));
    missing.forEach(code -> all.add(new Tab(code, false)));
    return new FormLayout(sections, all);
  }

  private FormLayout replace(Section old, Section changed) {
    return new FormLayout(
        sections.stream().map(section -> section == old ? changed : section).toList(), tabs);
  }

  private String freeSectionId() {
    Set<String> taken = sections.stream().map(Section::id).collect(Collectors.toSet());
    int number = sections.size() + 1;
    while (taken.contains("s" + number)) {
      number++;
    }
    return "s" + number;
  }

  private static String checkedTitle(String title) {
    if (title == null || title.isBlank() || title.strip().length() > Limits.NAME) {
      throw new BusinessRuleViolation(
          "form.section-title-invalid",
          "A section title must have 1 to " + Limits.NAME + " characters");
    }
    return title.strip();
  }

  private static int clamp(int index, int size) {
    return Math.max(0, Math.min(index, size));
  }
}
