package org.tessera.crm.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.SynchronizationType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Settings read from the database and kept by this instance while the settings version they were
 * read at is current: the fields of a type, the access roles, the departments, the webhooks
 * (docs/adr/0010). A kept value is read through an entity manager of its own, so it is detached
 * from every transaction; it is shared by every thread, so loaders return it fully loaded and
 * nobody changes it. A transaction that changes settings reads past the cache, through its own
 * entity manager, and sees its own changes.
 */
@ApplicationScoped
public class SettingsCache {

  private record Kept(long version, Object value) {}

  private final Map<String, Kept> kept = new ConcurrentHashMap<>();

  @Inject SettingsVersion settings;

  @PersistenceUnit EntityManagerFactory entityManagers;

  /** The value kept under the key, or the loader's, read with the caller's entity manager. */
  @SuppressWarnings("unchecked")
  public <T> T get(String key, EntityManager callers, Function<EntityManager, T> loader) {
    long version = settings.current();
    if (version == SettingsVersion.CHANGING) {
      return loader.apply(callers);
    }
    Kept found = kept.get(key);
    if (found != null && found.version() == version) {
      return (T) found.value();
    }
    T value = detached(loader);
    kept.put(key, new Kept(version, value));
    return value;
  }

  private <T> T detached(Function<EntityManager, T> loader) {
    EntityManager own = entityManagers.createEntityManager(SynchronizationType.UNSYNCHRONIZED);
    try {
      return loader.apply(own);
    } finally {
      own.close();
    }
  }
}
