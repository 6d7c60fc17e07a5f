package org.tessera.crm.form.boundary;

import java.io.Serializable;
import java.util.List;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.form.entity.FormLayout;
import org.tessera.crm.form.entity.FormView;
import org.tessera.crm.form.entity.FormViewKind;

/**
 * The form view a user gets for a type, laid out with the fields they may see.
 *
 * @param allowed the views the user may switch to
 * @param editable whether the user may arrange this view itself (else they arrange their own copy)
 * @param hidden the fields of the type the view does not show, for "Select field"
 */
public record ResolvedForm(
    FormView view,
    List<FormView> allowed,
    boolean editable,
    List<ShownSection> sections,
    List<Field> hidden,
    List<FormLayout.Tab> tabs) {

  /** A form view to switch to: by id, kind and, for named views, name. */
  public record ViewChoice(long id, FormViewKind kind, String name) implements Serializable {
    static ViewChoice of(FormView view) {
      return new ViewChoice(view.getId(), view.getKind(), view.getName());
    }
  }

  /** What a page keeps of the form between requests. */
  public record Summary(
      ViewChoice view,
      boolean editable,
      boolean forEveryone,
      List<FormLayout.Tab> tabs,
      List<ViewChoice> views)
      implements Serializable {}

  public Summary summary() {
    return new Summary(
        ViewChoice.of(view),
        editable,
        view.isForced(),
        tabs,
        allowed.stream().map(ViewChoice::of).toList());
  }
}
