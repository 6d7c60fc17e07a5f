package org.tessera.crm.view.items;

import java.io.Serializable;

/**
 * A stage in the bar at the top of the card.
 *
 * @param reached whether the item is at this stage or past it
 */
public record StageChip(
    long id, String name, String color, boolean failure, boolean current, boolean reached)
    implements Serializable {}
