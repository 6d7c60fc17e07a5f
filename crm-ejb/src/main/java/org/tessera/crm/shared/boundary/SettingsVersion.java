package org.tessera.crm.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The version of the settings in the database, read once per transaction; a transaction that
 * changes settings raises it, so that every instance reads its settings again (docs/adr/0010). A
 * CDI bean, not a session bean: every settings lookup asks here, several times per request, inside
 * the caller's transaction.
 */
@ApplicationScoped
public class SettingsVersion {

  /** The version of a transaction that changes settings: what it reads must not be kept. */
  public static final long CHANGING = -1;

  private static final TransactionMemo.Key<Long> SEEN = new TransactionMemo.Key<>(Long.class);

  @PersistenceContext EntityManager em;
  @Inject TransactionMemo memo;

  /** The version as this transaction sees it; {@link #CHANGING} once it changed settings. */
  public long current() {
    return memo.get(
        SEEN,
        () ->
            ((Number)
                    em.createNativeQuery("select version from settings_version where id = 1")
                        .getSingleResult())
                .longValue());
  }

  /** Tells that this transaction changes settings: no instance may keep the ones it read. */
  public void changing() {
    Long seen = memo.peek(SEEN);
    memo.put(SEEN, CHANGING);
    if (seen == null || seen != CHANGING) {
      em.createNativeQuery("update settings_version set version = version + 1 where id = 1")
          .executeUpdate();
    }
  }
}
