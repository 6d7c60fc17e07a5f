package org.tessera.crm.api.shared;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Tells how long the server worked on a request, from its arrival in JAX-RS until its answer is
 * ready to be written, in a {@code Server-Timing: app;dur=12.3} header (milliseconds): what the
 * browser's developer tools and the benchmarks show as the server's share of a call.
 */
@Provider
@PreMatching
public class ServerTiming implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String STARTED = ServerTiming.class.getName() + ".started";

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(STARTED) instanceof Long started) {
      response
          .getHeaders()
          .add(
              "Server-Timing",
              String.format(Locale.ROOT, "app;dur=%.2f", (System.nanoTime() - started) / 1e6));
    }
  }
}
