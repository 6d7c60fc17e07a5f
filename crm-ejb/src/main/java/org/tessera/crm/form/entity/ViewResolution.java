package org.tessera.crm.form.entity;

import java.util.ArrayList;
import java.util.List;
import org.tessera.crm.security.entity.Viewer;

/**
 * Which form view a user gets, among the views of one type: a view they switched to while it is
 * still theirs to use; otherwise a named view assigned to them, then the general view when an admin
 * set it for all users, then their own view, then the general view.
 *
 * @param general the type's general view
 * @param mine the user's own view, or null
 * @param named every named view of the type
 */
public record ViewResolution(FormView general, FormView mine, List<FormView> named) {

  /** The views the viewer may use, in the order they are offered. */
  public List<FormView> allowed(Viewer viewer) {
    List<FormView> allowed = new ArrayList<>(assignedTo(viewer));
    allowed.add(general);
    if (mine != null && !general.isForced()) {
      allowed.add(mine);
    }
    return allowed;
  }

  /**
   * @param chosen the view the viewer last switched to, or null
   */
  public FormView resolve(Viewer viewer, FormView chosen) {
    if (chosen != null && allowed(viewer).contains(chosen)) {
      return chosen;
    }
    List<FormView> assigned = assignedTo(viewer);
    if (!assigned.isEmpty()) {
      return assigned.get(0);
    }
    if (general.isForced() || mine == null) {
      return general;
    }
    return mine;
  }

  private List<FormView> assignedTo(Viewer viewer) {
    return named.stream().filter(view -> view.isAssignedTo(viewer)).toList();
  }
}
