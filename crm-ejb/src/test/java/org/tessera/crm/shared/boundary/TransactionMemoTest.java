package org.tessera.crm.shared.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransactionMemoTest {

  private static final TransactionMemo.Key<String> NAME = new TransactionMemo.Key<>(String.class);
  private static final TransactionMemo.Key<String> OTHER = new TransactionMemo.Key<>(String.class);

  private final FakeRegistry registry = new FakeRegistry();
  private final TransactionMemo memo = new TransactionMemo();
  private final AtomicInteger reads = new AtomicInteger();

  TransactionMemoTest() {
    memo.registry = registry;
  }

  private String read() {
    return "read " + reads.incrementAndGet();
  }

  @Test
  void readsOncePerTransaction() {
    registry.begin();
    assertEquals("read 1", memo.get(NAME, this::read));
    assertEquals("read 1", memo.get(NAME, this::read));
    assertEquals("read 2", memo.get(OTHER, this::read), "another key is another value");

    registry.begin();
    assertEquals("read 3", memo.get(NAME, this::read), "a new transaction reads again");
  }

  @Test
  void keepsWhatIsPutUntilTheTransactionEnds() {
    registry.begin();
    assertNull(memo.peek(NAME));
    memo.put(NAME, "put");
    assertEquals("put", memo.get(NAME, this::read));
    assertEquals(0, reads.get());
  }

  @Test
  void remembersNothingOutsideATransaction() {
    assertEquals("read 1", memo.get(NAME, this::read));
    memo.put(NAME, "put");
    assertNull(memo.peek(NAME));
    assertEquals("read 2", memo.get(NAME, this::read));
  }

  /** A registry whose transaction is whatever {@link #begin} started last. */
  private static final class FakeRegistry implements TransactionSynchronizationRegistry {
    private Object transaction;
    private Map<Object, Object> resources = new HashMap<>();

    void begin() {
      transaction = new Object();
      resources = new HashMap<>();
    }

    @Override
    public Object getTransactionKey() {
      return transaction;
    }

    @Override
    public void putResource(Object key, Object value) {
      resources.put(key, value);
    }

    @Override
    public Object getResource(Object key) {
      return resources.get(key);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int getTransactionStatus() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setRollbackOnly() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean getRollbackOnly() {
      throw new UnsupportedOperationException();
    }
  }
}
