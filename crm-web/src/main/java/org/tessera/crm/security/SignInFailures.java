package org.tessera.crm.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per login: after {@code limit} failures within {@code window}, the login
 * is locked for {@code window}, the right password included, so guessing takes years. A success
 * clears the count. Kept per server instance; the count of a login nobody retries is forgotten.
 */
public class SignInFailures {

  /** Beyond this many remembered logins, forgotten ones are swept before a new one is counted. */
  private static final int REMEMBERED = 10_000;

  private record Failures(int count, Instant first, Instant lockedUntil) {}

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Failures> byLogin = new ConcurrentHashMap<>();

  public SignInFailures(int limit, Duration window, Clock clock) {
    this.limit = limit;
    this.window = window;
    this.clock = clock;
  }

  /** How long the login stays locked, or zero when it may sign in. */
  public Duration lockedFor(String login) {
    Failures failures = byLogin.get(key(login));
    if (failures == null || failures.lockedUntil() == null) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), failures.lockedUntil());
    return left.isNegative() ? Duration.ZERO : left;
  }

  public void failed(String login) {
    Instant now = clock.instant();
    if (byLogin.size() >= REMEMBERED) {
      byLogin.values().removeIf(failures -> isForgotten(failures, now));
    }
    byLogin.compute(
        key(login),
        (key, before) -> {
          Failures counted =
              before == null || isForgotten(before, now)
                  ? new Failures(1, now, null)
                  : new Failures(before.count() + 1, before.first(), before.lockedUntil());
          return counted.count() >= limit && counted.lockedUntil() == null
              ? new Failures(counted.count(), counted.first(), now.plus(window))
              : counted;
        });
  }

  public void succeeded(String login) {
    byLogin.remove(key(login));
  }

  private boolean isForgotten(Failures failures, Instant now) {
    Instant end =
        failures.lockedUntil() != null ? failures.lockedUntil() : failures.first().plus(window);
    return !now.isBefore(end);
  }

  private static String key(String login) {
    return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
  }
}
