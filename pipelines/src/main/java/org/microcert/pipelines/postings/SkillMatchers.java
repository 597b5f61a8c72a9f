package org.microcert.pipelines.postings;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.microcert.taxonomy.match.SentenceSkills;

/**
 * The JVM's sentence skill matchers, one per competency index, over the JVM's open lexical matcher
 * ({@link OpenMatchers}); a sentence memo is shared by every partition (Spark's local mode runs
 * them all in this JVM).
 */
final class SkillMatchers {

  private static final Map<String, SentenceSkills> OPEN = new HashMap<>();

  private SkillMatchers() {}

  /**
   * The sentence skills over the index in {@code indexDir}: the lexical rule, and the fused rule
   * over the index's dense side too when {@code dense}.
   */
  static synchronized SentenceSkills get(Path indexDir, boolean dense) {
    return OPEN.computeIfAbsent(
        indexDir.toAbsolutePath().normalize() + "|" + dense,
        k ->
            new SentenceSkills(
                OpenMatchers.get(indexDir, false),
                dense ? OpenMatchers.get(indexDir, true) : null));
  }
}
