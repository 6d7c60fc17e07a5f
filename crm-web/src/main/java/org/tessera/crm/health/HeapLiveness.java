package org.tessera.crm.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the heap has room: {@code /health/live}. A JVM whose heap stays more than 95% full
 * right after its collections is better restarted than left to crawl; what is merely uncollected
 * garbage does not count.
 */
@Liveness
@ApplicationScoped
public class HeapLiveness implements HealthCheck {

  private static final double MOST_USED_AFTER_COLLECTION = 0.95;

  @Override
  public HealthCheckResponse call() {
    double fullest = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage afterCollection = pool.getCollectionUsage();
      if (pool.getType() == MemoryType.HEAP
          && afterCollection != null
          && afterCollection.getMax() > 0) {
        fullest = Math.max(fullest, (double) afterCollection.getUsed() / afterCollection.getMax());
      }
    }
    return HealthCheckResponse.named("heap")
        .status(fullest < MOST_USED_AFTER_COLLECTION)
        .withData("fullestPoolAfterCollectionPercent", Math.round(fullest * 100))
        .build();
  }
}
