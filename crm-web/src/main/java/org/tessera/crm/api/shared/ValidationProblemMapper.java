package org.tessera.crm.api.shared;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Invalid input as a problem body too: the JAX-RS runtime brings its own mapper for validation
 * failures, which a mapper of {@link Throwable} does not override.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ValidationException> {

  @Override
  public Response toResponse(ValidationException failure) {
    return ProblemMapper.respond(failure);
  }
}
