package org.tessera.crm.security.boundary;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.Set;
import java.util.function.Supplier;
import org.tessera.crm.security.entity.HeldRoles;

/**
 * Who is calling and what their roles add up to, read once per transaction: a stage move checks
 * reading and changing several times, and the roles do not change in between.
 */
@TransactionScoped
public class CallerRights implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The caller as access checks need them.
   *
   * @param held the roles they hold; none for admins, who may do all
   * @param departmentsBelow their department and those below it
   */
  public record Caller(long userId, boolean admin, HeldRoles held, Set<Long> departmentsBelow) {}

  private transient Caller caller;

  Caller caller(Supplier<Caller> read) {
    if (caller == null) {
      caller = read.get();
    }
    return caller;
  }
}
