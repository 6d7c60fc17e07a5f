package org.tessera.crm.activity.entity;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The activity counter of a board card (M29): how many activities wait on the item, and its colour
 * by the nearest deadline.
 */
public record ActivityCounter(long count, Colour colour) {

  /** Grey: nothing waits; green: planned; red: a deadline within the warning time or passed. */
  public enum Colour {
    GREY,
    GREEN,
    RED
  }

  public static final ActivityCounter NONE = new ActivityCounter(0, Colour.GREY);

  /**
   * @param nearest the earliest deadline among the waiting activities, or null if none has one
   * @param warning how long before a deadline the counter turns red
   */
  public static ActivityCounter of(
      long count, OffsetDateTime nearest, OffsetDateTime now, Duration warning) {
    if (count == 0) {
      return NONE;
    }
    boolean urgent = nearest != null && !nearest.isAfter(now.plus(warning));
    return new ActivityCounter(count, urgent ? Colour.RED : Colour.GREEN);
  }
}
