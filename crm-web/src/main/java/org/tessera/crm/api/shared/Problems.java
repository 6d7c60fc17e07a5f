package org.tessera.crm.api.shared;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response.Status;
import java.util.Comparator;
import java.util.List;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.Conflict;
import org.tessera.crm.shared.entity.DuplicateName;
import org.tessera.crm.shared.entity.Forbidden;
import org.tessera.crm.shared.entity.StaleVersion;
import org.tessera.crm.shared.entity.UnknownEntity;

/**
 * Turns whatever a call failed with into the problem a client should see. The container wraps some
 * failures (bean validation on EJB methods, optimistic locks at commit) in EJB exceptions, so the
 * whole cause chain is searched.
 */
public final class Problems {

  private Problems() {}

  public static Problem from(Throwable failure) {
    // A body cut off for its size is told as such, however the JSON reader wrapped the refusal.
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof WebApplicationException web && web.getResponse().getStatus() == 413) {
        return Problem.of(413, "Content Too Large", web.getMessage());
      }
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      Problem problem = known(cause);
      if (problem != null) {
        return problem;
      }
    }
    return Problem.of(500, "Internal Server Error", "The server failed; the error is logged");
  }

  private static Problem known(Throwable cause) {
    if (cause instanceof BusinessRuleViolation violation) {
      return new Problem(
          "about:blank",
          "Unprocessable Content",
          422,
          violation.getMessage(),
          violation.rule(),
          null);
    }
    if (cause instanceof UnknownEntity) {
      return Problem.of(404, "Not Found", cause.getMessage());
    }
    if (cause instanceof Conflict conflict) {
      return new Problem(
          "about:blank", "Conflict", 409, conflict.getMessage(), conflict.rule(), null);
    }
    if (cause instanceof StaleVersion || cause instanceof DuplicateName) {
      return Problem.of(409, "Conflict", cause.getMessage());
    }
    if (cause instanceof OptimisticLockException) {
      return Problem.of(
          409, "Conflict", "Someone else changed this at the same time; reload and try again");
    }
    if (cause instanceof ConstraintViolationException invalid) {
      return invalidInput(invalid);
    }
    if (cause instanceof Forbidden forbidden) {
      return new Problem(
          "about:blank", "Forbidden", 403, forbidden.getMessage(), forbidden.rule(), null);
    }
    if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
      return Problem.of(403, "Forbidden", "You are not allowed to do this");
    }
    if (cause instanceof JsonbException
        || cause instanceof JsonParsingException
        || cause instanceof ProcessingException) {
      return Problem.of(400, "Bad Request", "The request body is not valid JSON for this call");
    }
    if (cause instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      Status known = Status.fromStatusCode(status);
      return Problem.of(
          status, known == null ? "Error" : known.getReasonPhrase(), web.getMessage());
    }
    return null;
  }

  private static Problem invalidInput(ConstraintViolationException invalid) {
    List<Problem.Violation> violations =
        invalid.getConstraintViolations().stream()
            .map(v -> new Problem.Violation(field(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.Violation::field))
            .toList();
    String detail =
        violations.stream()
            .map(v -> v.field() + " " + v.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("The request is not valid");
    return new Problem("about:blank", "Bad Request", 400, detail, null, violations);
  }

  /** The last node of the property path: the JSON field or parameter the client sent. */
  private static String field(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
