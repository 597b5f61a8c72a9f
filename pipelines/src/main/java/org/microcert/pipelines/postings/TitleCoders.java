package org.microcert.pipelines.postings;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.microcert.taxonomy.extract.TitleCode;
import org.microcert.taxonomy.extract.TitleCoder;
import org.microcert.taxonomy.index.QueryVectorCache;
import org.microcert.taxonomy.index.QueryVectors;
import org.microcert.taxonomy.match.CompetencyMatcher;
import org.microcert.taxonomy.match.MatcherTitleCoder;

/**
 * The JVM's matcher-based title coders, one per (index, dense, vector cache), over the JVM's open
 * matchers ({@link OpenMatchers}); each distinct title is coded once per JVM, not once per
 * partition (Spark's local mode runs every partition in this JVM).
 */
final class TitleCoders {

  /** Distinct titles remembered per coder; past it, titles are coded again each time. */
  static final int MAX_TITLES = 200_000;

  private static final Map<String, Entry> OPEN = new HashMap<>();

  private TitleCoders() {}

  private record Entry(TitleCoder coder, QueryVectorCache cache) {}

  /** The coder over the index in {@code indexDir}; {@code vectorFile} may be null (no cache). */
  static synchronized TitleCoder get(Path indexDir, boolean dense, Path vectorFile) {
    return entry(indexDir, dense, vectorFile).coder();
  }

  /** Saves the title vectors computed since the coder opened (no-op without a cache). */
  static synchronized void save(Path indexDir, boolean dense, Path vectorFile) {
    Entry e = OPEN.get(key(indexDir, dense, vectorFile));
    if (e != null && e.cache() != null) {
      e.cache().save();
    }
  }

  private static Entry entry(Path indexDir, boolean dense, Path vectorFile) {
    return OPEN.computeIfAbsent(
        key(indexDir, dense, vectorFile),
        k -> {
          CompetencyMatcher matcher = OpenMatchers.get(indexDir, dense);
          QueryVectorCache cache =
              dense && vectorFile != null ? QueryVectorCache.open(vectorFile) : null;
          QueryVectors vectors = cache != null ? cache : QueryVectors.MINILM;
          return new Entry(
              new Memo(
                  new MatcherTitleCoder(matcher, vectors, MatcherTitleCoder.DEFAULT_MIN_SCORE)),
              cache);
        });
  }

  private static String key(Path indexDir, boolean dense, Path vectorFile) {
    return indexDir.toAbsolutePath().normalize() + "|" + dense + "|" + vectorFile;
  }

  /** Remembers each title's code (coding is a pure function of the title). */
  private static final class Memo implements TitleCoder {
    private final TitleCoder inner;
    private final ConcurrentHashMap<String, Optional<TitleCode>> codes = new ConcurrentHashMap<>();

    Memo(TitleCoder inner) {
      this.inner = inner;
    }

    @Override
    public Optional<TitleCode> code(String title) {
      if (title == null) {
        return Optional.empty();
      }
      Optional<TitleCode> c = codes.get(title);
      if (c == null) {
        c = inner.code(title);
        if (codes.size() < MAX_TITLES) {
          codes.put(title, c);
        }
      }
      return c;
    }
  }
}
