package org.tessera.crm.api.shared;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;

/** Every failed call answers with a problem body; unexpected failures are logged once here. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final System.Logger LOG = System.getLogger(ProblemMapper.class.getName());

  @Override
  public Response toResponse(Throwable failure) {
    return respond(failure);
  }

  static Response respond(Throwable failure) {
    Problem problem = Problems.from(failure);
    if (problem.status() >= 500) {
      LOG.log(Level.ERROR, "REST call failed", failure);
    }
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
