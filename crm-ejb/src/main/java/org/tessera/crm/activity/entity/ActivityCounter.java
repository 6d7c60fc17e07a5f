package org.tessera.crm.activity.entity;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The activity counter of a board card (M29): how many activities and unanswered incoming calls and
 * messages wait on the item, and its colour by the nearest deadline; an unanswered one is due at
 * once.
 */
public record ActivityCounter(long count, Colour colour) {

  /**
   * Grey: nothing waits; green: planned; red: a deadline within the warning time or passed. From
   * the least to the most urgent.
   */
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

  /** Incoming calls and messages no one answered yet: red as soon as there is one. */
  public static ActivityCounter unanswered(long count) {
    return count == 0 ? NONE : new ActivityCounter(count, Colour.RED);
  }

  /** Both counts, in the more urgent colour of the two. */
  public ActivityCounter plus(ActivityCounter other) {
    Colour urgent = colour.compareTo(other.colour) >= 0 ? colour : other.colour;
    return new ActivityCounter(count + other.count, urgent);
  }
}
