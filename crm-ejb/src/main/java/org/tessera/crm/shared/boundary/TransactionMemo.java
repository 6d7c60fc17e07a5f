package org.tessera.crm.shared.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;

/**
 * Values remembered until the current transaction ends, in the transaction's own resource map. This
 * is what {@code @TransactionScoped} beans did here, without creating a bean and firing its events
 * in every transaction, which cost a card open about a tenth of its server time. Outside a
 * transaction nothing is remembered.
 */
@ApplicationScoped
public class TransactionMemo {

  /** What a remembered value is: one constant per kind of value, compared by identity. */
  public static final class Key<T> {
    private final Class<T> type;

    public Key(Class<T> type) {
      this.type = type;
    }
  }

  @Resource TransactionSynchronizationRegistry registry;

  /** The value remembered under the key, read and remembered first if there is none. */
  public <T> T get(Key<T> key, Supplier<T> read) {
    T known = peek(key);
    if (known != null) {
      return known;
    }
    T value = read.get();
    put(key, value);
    return value;
  }

  /** The value remembered under the key, or null. */
  public <T> T peek(Key<T> key) {
    return inTransaction() ? key.type.cast(registry.getResource(key)) : null;
  }

  public <T> void put(Key<T> key, T value) {
    if (inTransaction()) {
      registry.putResource(key, value);
    }
  }

  private boolean inTransaction() {
    return registry.getTransactionKey() != null;
  }
}
