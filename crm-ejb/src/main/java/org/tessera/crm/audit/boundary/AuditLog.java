package org.tessera.crm.audit.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.tessera.crm.audit.entity.AuditEntry;
import org.tessera.crm.security.boundary.Users;

/**
 * Writes an audited call once it has succeeded, in the caller's transaction: a change that is
 * rolled back leaves no entry, one that stays always has one.
 */
@AuditLogged
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditLog {

  @PersistenceContext EntityManager em;
  @Inject Users users;

  @AroundInvoke
  Object record(InvocationContext call) throws Exception {
    Object result = call.proceed();
    em.persist(
        new AuditEntry(
            OffsetDateTime.now(ZoneOffset.UTC),
            users.current(),
            call.getMethod().getDeclaringClass().getSimpleName(),
            call.getMethod().getName(),
            Arrays.stream(call.getParameters())
                .map(AuditLog::described)
                .collect(Collectors.joining(", "))));
    return result;
  }

  /** An argument in words: files by their size, the rest as they tell themselves. */
  static String described(Object argument) {
    if (argument instanceof byte[] bytes) {
      return "(" + bytes.length + " bytes)";
    }
    if (argument instanceof String text) {
      return "\"" + text + "\"";
    }
    return String.valueOf(argument);
  }
}
