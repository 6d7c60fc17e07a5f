package org.tessera.crm.view.items;

import java.io.Serializable;
import org.tessera.crm.view.ReadableText;

/**
 * A stage in the bar at the top of the card.
 *
 * @param reached whether the item is at this stage or past it
 */
public record StageChip(
    long id, String name, String color, boolean failure, boolean current, boolean reached)
    implements Serializable {

  /** The stage's colour as a background with the text colour that reads best on it. */
  public String getStyle() {
    return "background:" + color + ";color:" + ReadableText.on(color);
  }
}
