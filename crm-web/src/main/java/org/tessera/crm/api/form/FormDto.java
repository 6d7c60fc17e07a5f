package org.tessera.crm.api.form;

import java.util.List;
import org.tessera.crm.api.field.FieldView;
import org.tessera.crm.form.boundary.ResolvedForm;
import org.tessera.crm.form.boundary.ResolvedForm.ViewChoice;
import org.tessera.crm.form.boundary.ShownSection;
import org.tessera.crm.form.entity.CardTab;

/**
 * A form view as the caller sees it: sections with the fields they may see, the hidden fields, the
 * tabs, and the views they may switch to.
 */
public record FormDto(
    ViewChoice view,
    boolean editable,
    boolean forEveryone,
    List<SectionDto> sections,
    List<FieldView> hidden,
    List<TabDto> tabs,
    List<ViewChoice> views) {

  /**
   * @param title null for a shipped section, which clients label by its id
   */
  public record SectionDto(String id, String title, List<FieldView> fields) {
    static SectionDto of(ShownSection section) {
      return new SectionDto(
          section.id(), section.title(), section.fields().stream().map(FieldView::of).toList());
    }
  }

  public record TabDto(CardTab code, boolean hidden) {}

  public static FormDto of(ResolvedForm form) {
    ResolvedForm.Summary summary = form.summary();
    return new FormDto(
        summary.view(),
        summary.editable(),
        summary.forEveryone(),
        form.sections().stream().map(SectionDto::of).toList(),
        form.hidden().stream().map(FieldView::of).toList(),
        form.tabs().stream().map(tab -> new TabDto(tab.code(), tab.hidden())).toList(),
        summary.views());
  }
}
