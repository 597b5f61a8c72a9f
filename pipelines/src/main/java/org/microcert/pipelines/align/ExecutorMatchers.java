package org.microcert.pipelines.align;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.microcert.taxonomy.index.QueryVectorCache;
import org.microcert.taxonomy.index.QueryVectors;
import org.microcert.taxonomy.match.CompetencyMatcher;

/**
 * The JVM's competency matchers for alignment, one per (index folder, dense, query vector file),
 * opened on first use and kept for the JVM's life: an executor opens the Lucene and dense indexes
 * once, not once per task (Spark's local mode runs every task in the driver's JVM, so the driver
 * and its tasks share one). An index folder replaced since it was opened (a new import renames a
 * new folder in) is opened again.
 */
final class ExecutorMatchers {

  /** An open matcher and the query vectors its dense side reads (a cache, or MiniLM). */
  record Entry(CompetencyMatcher matcher, QueryVectors vectors, QueryVectorCache cache) {

    /** Saves the vectors computed since the last save into the shared file (no-op without one). */
    void saveVectors() {
      if (cache != null) {
        cache.save();
      }
    }
  }

  private record Open(Object stamp, Entry entry) {}

  private static final Map<String, Open> OPEN = new HashMap<>();

  /** Texts the calling thread embedded with MiniLM (cache misses), for a task's counts. */
  private static final ThreadLocal<long[]> EMBEDDED = ThreadLocal.withInitial(() -> new long[1]);

  private static final QueryVectors COUNTED_MINILM =
      text -> {
        EMBEDDED.get()[0]++;
        return QueryVectors.MINILM.vector(text);
      };

  /** How many texts the calling thread has embedded with MiniLM so far. */
  static long embeddedOnThisThread() {
    return EMBEDDED.get()[0];
  }

  private ExecutorMatchers() {}

  /**
   * The matcher over the index in {@code indexDir}; {@code vectorFile} may be null (no cache).
   * Building a missing dense index reports to {@code progress}.
   */
  static synchronized Entry get(
      String indexDir, boolean dense, String vectorFile, Consumer<String> progress) {
    Path dir = Path.of(indexDir);
    String key = indexDir + "|" + dense + "|" + vectorFile;
    Object stamp = stamp(dir);
    Open o = OPEN.get(key);
    if (o != null && o.stamp().equals(stamp)) {
      return o.entry();
    }
    // an entry of a replaced folder is dropped, not closed: a running task may still use it
    CompetencyMatcher m = CompetencyMatcher.open(dir, dense, progress);
    QueryVectorCache cache =
        dense && vectorFile != null
            ? QueryVectorCache.open(Path.of(vectorFile), COUNTED_MINILM)
            : null;
    Entry e = new Entry(m, cache != null ? cache : COUNTED_MINILM, cache);
    OPEN.put(key, new Open(stamp, e));
    return e;
  }

  /** The folder's identity and modification time: a folder renamed into place differs. */
  private static Object stamp(Path dir) {
    try {
      BasicFileAttributes a = Files.readAttributes(dir, BasicFileAttributes.class);
      return a.fileKey() + "@" + a.lastModifiedTime().toMillis();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot open the competency index " + dir + ": " + e.getMessage(), e);
    }
  }
}
