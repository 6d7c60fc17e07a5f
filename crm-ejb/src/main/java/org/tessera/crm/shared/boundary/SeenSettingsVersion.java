package org.tessera.crm.shared.boundary;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.function.LongSupplier;

/** The settings version one transaction reads, once. */
@TransactionScoped
public class SeenSettingsVersion implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long version;

  long version(LongSupplier read) {
    if (version == null) {
      version = read.getAsLong();
    }
    return version;
  }

  /** Whether this is the transaction's first change of settings. */
  boolean markChanging() {
    boolean first = version == null || version != SettingsVersion.CHANGING;
    version = SettingsVersion.CHANGING;
    return first;
  }
}
