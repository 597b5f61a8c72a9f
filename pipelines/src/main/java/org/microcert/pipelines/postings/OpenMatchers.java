package org.microcert.pipelines.postings;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.microcert.taxonomy.index.CompetencyIndex;
import org.microcert.taxonomy.index.DenseIndex;
import org.microcert.taxonomy.match.CompetencyMatcher;

/**
 * The JVM's competency matchers, one lexical and one dense per competency index, over one open
 * index: the title coders and the sentence skills of a run share the index (and its dense side)
 * instead of each opening it. Everything opened stays open for the JVM's life (Spark's local mode
 * runs every partition in this JVM).
 */
final class OpenMatchers {

  private static final Map<Path, CompetencyIndex> INDEXES = new HashMap<>();
  private static final Map<Path, DenseIndex> DENSE = new HashMap<>();
  private static final Map<String, CompetencyMatcher> MATCHERS = new HashMap<>();

  private OpenMatchers() {}

  /** The matcher over the index in {@code indexDir}, with its dense side when {@code dense}. */
  static synchronized CompetencyMatcher get(Path indexDir, boolean dense) {
    Path dir = indexDir.toAbsolutePath().normalize();
    return MATCHERS.computeIfAbsent(
        dir + "|" + dense,
        k -> {
          CompetencyIndex index = INDEXES.computeIfAbsent(dir, CompetencyIndex::open);
          DenseIndex d =
              dense
                  ? DENSE.computeIfAbsent(
                      dir, x -> DenseIndex.openOrBuild(index, DenseIndex.defaultDir(dir), m -> {}))
                  : null;
          return CompetencyMatcher.withDefaults(index, d);
        });
  }
}
