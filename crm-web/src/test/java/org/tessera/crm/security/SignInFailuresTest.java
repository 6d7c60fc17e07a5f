package org.tessera.crm.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInFailuresTest {

  private static final Duration WINDOW = Duration.ofMinutes(15);

  private Instant now = Instant.parse("2026-11-23T10:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  private final SignInFailures failures = new SignInFailures(3, WINDOW, clock);

  @Test
  void theThirdFailureWithinTheWindowLocksTheLoginWhateverItsCase() {
    failures.failed("marc");
    failures.failed("Marc");
    assertEquals(Duration.ZERO, failures.lockedFor("marc"));

    failures.failed("MARC ");
    assertEquals(WINDOW, failures.lockedFor("marc"));
    assertEquals(Duration.ZERO, failures.lockedFor("julie"), "other logins sign in");

    now = now.plus(Duration.ofMinutes(10));
    assertEquals(Duration.ofMinutes(5), failures.lockedFor("marc"));
    now = now.plus(Duration.ofMinutes(5));
    assertEquals(Duration.ZERO, failures.lockedFor("marc"));
  }

  @Test
  void failuresFurtherApartThanTheWindowNeverLock() {
    for (int i = 0; i < 5; i++) {
      failures.failed("marc");
      failures.failed("marc");
      now = now.plus(WINDOW);
    }
    assertEquals(Duration.ZERO, failures.lockedFor("marc"));
  }

  @Test
  void aSuccessClearsTheCount() {
    failures.failed("marc");
    failures.failed("marc");
    failures.succeeded("marc");
    failures.failed("marc");
    failures.failed("marc");
    assertEquals(Duration.ZERO, failures.lockedFor("marc"));
  }

  @Test
  void failuresWhileLockedDoNotProlongTheLock() {
    for (int i = 0; i < 3; i++) {
      failures.failed("marc");
    }
    now = now.plus(Duration.ofMinutes(14));
    failures.failed("marc");
    now = now.plus(Duration.ofMinutes(1));
    assertEquals(Duration.ZERO, failures.lockedFor("marc"));
  }
}
