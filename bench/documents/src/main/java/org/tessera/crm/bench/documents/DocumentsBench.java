package org.tessera.crm.bench.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Documents per second on 2 threads for Tessera's engine and for poi-tl on the same quote, their
 * ratio, and Tessera's heap after GC over 10,000 documents. Prints its figures on standard out.
 */
public final class DocumentsBench {

  private static final int THREADS = 2;
  private static final int TESSERA_DOCUMENTS = Integer.getInteger("bench.documents", 10_000);
  private static final int POI_TL_DOCUMENTS = Integer.getInteger("bench.poiTlDocuments", 1_000);
  private static final double TARGET = 300;

  public static void main(String[] args) throws Exception {
    Supplier<byte[]> tessera = Engines.tessera();
    Supplier<byte[]> poiTl = Engines.poiTl();
    System.out.println(
        "quote: 30 placeholders (10 split across 3 runs), "
            + Engines.PRODUCTS
            + " product rows, "
            + THREADS
            + " threads, "
            + Runtime.getRuntime().availableProcessors()
            + " cores, "
            + Runtime.version());
    check("tessera", tessera.get());
    check("poi-tl", poiTl.get());

    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      rate(threads, tessera, 2_000);
      long startHeap = heapAfterGc();
      double first = rate(threads, tessera, TESSERA_DOCUMENTS / 2);
      long middleHeap = heapAfterGc();
      double second = rate(threads, tessera, TESSERA_DOCUMENTS / 2);
      long endHeap = heapAfterGc();
      double ours =
          TESSERA_DOCUMENTS / (TESSERA_DOCUMENTS / 2 / first + TESSERA_DOCUMENTS / 2 / second);

      rate(threads, poiTl, Math.max(50, POI_TL_DOCUMENTS / 5));
      double theirs = rate(threads, poiTl, POI_TL_DOCUMENTS);

      System.out.printf(
          Locale.ROOT, "tessera: %,.0f documents/s over %,d documents%n", ours, TESSERA_DOCUMENTS);
      System.out.printf(
          Locale.ROOT, "poi-tl:  %,.0f documents/s over %,d documents%n", theirs, POI_TL_DOCUMENTS);
      System.out.printf(Locale.ROOT, "ratio tessera/poi-tl: %.1f%n", ours / theirs);
      System.out.printf(
          Locale.ROOT,
          "heap used after GC: start %.1f MB, middle %.1f MB, end %.1f MB%n",
          megabytes(startHeap),
          megabytes(middleHeap),
          megabytes(endHeap));
      System.out.printf(
          "target >= %.0f documents/s and faster than poi-tl: %s%n",
          TARGET, ours >= TARGET && ours > theirs ? "met" : "NOT met");
    } finally {
      threads.shutdownNow();
    }
  }

  /** Documents per second rendering this many documents on the threads. */
  private static double rate(ExecutorService threads, Supplier<byte[]> engine, int documents)
      throws Exception {
    AtomicInteger left = new AtomicInteger(documents);
    AtomicLong bytes = new AtomicLong();
    long start = System.nanoTime();
    Future<?>[] running = new Future<?>[THREADS];
    for (int t = 0; t < THREADS; t++) {
      running[t] =
          threads.submit(
              () -> {
                while (left.getAndDecrement() > 0) {
                  bytes.addAndGet(engine.get().length);
                }
              });
    }
    for (Future<?> thread : running) {
      thread.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (bytes.get() == 0) {
      throw new IllegalStateException("nothing rendered");
    }
    return documents / seconds;
  }

  /** Re-reads one document with POI: every tag filled, every product row there. */
  private static void check(String engine, byte[] docx) throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      String text = extractor.getText();
      int rows = document.getTables().get(0).getNumberOfRows();
      boolean filled =
          !text.contains("{")
              && !text.contains("[")
              && text.contains("Fleet renewal 2027")
              && document.getHeaderList().get(0).getText().contains("Name value");
      System.out.printf(
          "%s: %,d bytes, %d table rows, all placeholders filled: %s%n",
          engine, docx.length, rows, filled);
      if (!filled || rows != Engines.PRODUCTS + 2) {
        throw new IllegalStateException(engine + " did not render the quote right:\n" + text);
      }
    }
  }

  private static long heapAfterGc() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static double megabytes(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
