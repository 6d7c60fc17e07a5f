package org.tessera.crm.communication.entity;

import java.util.List;

/** Who reached whom; a missed call is an incoming one no one took. */
public enum Direction {
  INCOMING,
  OUTGOING,
  MISSED;

  /** Incoming and missed ones wait for an answer. */
  public boolean awaitsAnswer() {
    return this != OUTGOING;
  }

  /** The directions that wait for an answer, for queries. */
  public static List<Direction> awaitingAnswer() {
    return List.of(INCOMING, MISSED);
  }
}
