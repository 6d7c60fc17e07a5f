package org.tessera.crm.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The application's one count of failed sign-ins, set by {@code crm.login.*}. */
@ApplicationScoped
public class SignInThrottle {

  @Inject
  @ConfigProperty(name = "crm.login.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "crm.login.lock-minutes", defaultValue = "15")
  long lockMinutes;

  private SignInFailures failures;

  @PostConstruct
  void start() {
    failures = new SignInFailures(maxFailures, Duration.ofMinutes(lockMinutes), Clock.systemUTC());
  }

  public SignInFailures failures() {
    return failures;
  }
}
