package org.tessera.crm.export.boundary;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far an export has come: the items written of those it holds. The export writes it while
 * another request, a page's progress bar, reads it.
 */
public class ExportProgress implements Serializable {

  private static final long serialVersionUID = 1L;

  private final AtomicLong total = new AtomicLong();
  private final AtomicLong done = new AtomicLong();

  void start(long items) {
    done.set(0);
    total.set(items);
  }

  void advance(int items) {
    done.addAndGet(items);
  }

  public long done() {
    return done.get();
  }

  public long total() {
    return total.get();
  }

  /**
   * From 0 to 100; 0 until the export knows its size. Items added while it runs never take it past
   * 100.
   */
  public int percent() {
    long of = total.get();
    return of == 0 ? 0 : (int) Math.min(100, done.get() * 100 / of);
  }
}
