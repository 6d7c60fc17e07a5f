package org.tessera.crm.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tessera.crm.shared.boundary.DatabasePing;

/** Ready when the database answers: {@code /health/ready}, for load balancers and orchestrators. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject DatabasePing database;

  @Override
  public HealthCheckResponse call() {
    try {
      database.ping();
      return HealthCheckResponse.up("database");
    } catch (RuntimeException unreachable) {
      return HealthCheckResponse.named("database")
          .down()
          .withData("error", String.valueOf(unreachable.getMessage()))
          .build();
    }
  }
}
