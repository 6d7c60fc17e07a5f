package org.tessera.crm.form.boundary;

import java.util.List;
import org.tessera.crm.field.entity.Field;

/**
 * A section as one user sees it: only the fields they may see.
 *
 * @param title as named by a user, or null for a shipped section (labelled by its id)
 */
public record ShownSection(String id, String title, List<Field> fields) {}
