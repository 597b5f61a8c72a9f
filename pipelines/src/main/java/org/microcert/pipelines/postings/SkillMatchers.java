package org.microcert.pipelines.postings;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.microcert.taxonomy.match.CompetencyMatcher;
import org.microcert.taxonomy.match.SentenceSkillCache;
import org.microcert.taxonomy.match.SentenceSkills;
import org.microcert.taxonomy.match.Target;

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
   * over the index's dense side too when {@code dense}, its results kept in {@code cacheFile} when
   * not null ({@link SentenceSkillCache}).
   */
  static synchronized SentenceSkills get(Path indexDir, boolean dense, Path cacheFile) {
    return OPEN.computeIfAbsent(
        key(indexDir, dense, cacheFile),
        k -> {
          CompetencyMatcher lexical = OpenMatchers.get(indexDir, false);
          if (!dense) {
            return new SentenceSkills(lexical);
          }
          CompetencyMatcher fused = OpenMatchers.get(indexDir, true);
          SentenceSkillCache cache =
              cacheFile == null
                  ? null
                  : SentenceSkillCache.open(
                      cacheFile,
                      SentenceSkills.fusedRuleFingerprint(fused.settings(Target.SKILLS)));
          return new SentenceSkills(lexical, fused, cache);
        });
  }

  /**
   * Saves the fused results computed since the last save, and says what the cache did since then;
   * null when these sentence skills were not opened in this JVM or keep no cache.
   */
  static synchronized SentenceSkillCache.Saved save(Path indexDir, boolean dense, Path cacheFile) {
    SentenceSkills s = OPEN.get(key(indexDir, dense, cacheFile));
    return s == null || s.cache() == null ? null : s.cache().save();
  }

  private static String key(Path indexDir, boolean dense, Path cacheFile) {
    return indexDir.toAbsolutePath().normalize() + "|" + dense + "|" + cacheFile;
  }
}
