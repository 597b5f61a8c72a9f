package org.microcert.taxonomy.match;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.microcert.taxonomy.extract.TitleCode;
import org.microcert.taxonomy.extract.TitleCoder;
import org.microcert.taxonomy.index.IndexedConcept;
import org.microcert.taxonomy.index.QueryVectors;
import org.microcert.taxonomy.text.Words;

/**
 * Codes a job title with the competency matcher's occupation side: the occupation it ranks first
 * (preferred, alternative and hidden labels, stemmed, with the dense side when the matcher has one,
 * query vectors from {@code vectors}). Bracketed notes ({@code (m/f/d)}) are removed first. Of the
 * matcher's first {@link #CANDIDATES}, the one with the best fused score less {@link #WORD_PENALTY}
 * per word of its preferred label is the code: a vacancy title names the general occupation more
 * often than the specialised one ("Driver" is a cargo vehicle driver more often than a hearse
 * driver). Titles whose chosen fused score is under {@code minScore} get no code. Thread-safe when
 * the matcher and the vectors are.
 */
public final class MatcherTitleCoder implements TitleCoder {

  /** Lowest fused score that still codes a title: every title with a candidate is coded. */
  public static final double DEFAULT_MIN_SCORE = 0.0;

  /** Candidates re-ranked by the label-length penalty. */
  static final int CANDIDATES = 5;

  /**
   * Fused score taken off per word of a candidate's preferred label. Chosen on all 15,463 JobBERT
   * val titles (accuracy 0.2854 without it; 0.2885 / 0.2911 / 0.2907 / 0.2882 at 0.01 / 0.02 / 0.03
   * / 0.035), docs/evidence-quality.md.
   */
  static final double WORD_PENALTY = 0.02;

  private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*\\]");

  /**
   * Words of a vacancy title that say the level or terms of the job, not the occupation ("Senior",
   * "Trainee", "Contract"), removed before matching unless nothing else is left (JobBERT val sample
   * of 3,000: accuracy 0.2890 -> 0.2933).
   */
  private static final Pattern NOISE =
      Pattern.compile(
          "(?i)\\b(senior|junior|sr|jr|trainee|intern|internship|contract|permanent|temporary"
              + "|urgent|urgently|immediate|hiring|part[- ]time|full[- ]time|cum)\\b\\.?");

  private final CompetencyMatcher matcher;
  private final QueryVectors vectors;
  private final double minScore;
  private final MatchOptions options = new MatchOptions(Target.OCCUPATIONS, CANDIDATES, 100, false);

  /**
   * A coder.
   *
   * @param matcher the matcher (lexical only, or with its dense side)
   * @param vectors where the dense side's title vectors come from (a cache, or MiniLM)
   * @param minScore lowest fused score that codes a title
   */
  public MatcherTitleCoder(CompetencyMatcher matcher, QueryVectors vectors, double minScore) {
    this.matcher = Objects.requireNonNull(matcher, "matcher");
    this.vectors = Objects.requireNonNull(vectors, "vectors");
    this.minScore = minScore;
  }

  @Override
  public Optional<TitleCode> code(String title) {
    if (title == null || title.isBlank()) {
      return Optional.empty();
    }
    String text = BRACKETS.matcher(title).replaceAll(" ").strip();
    String core = NOISE.matcher(text).replaceAll(" ").strip();
    if (core.chars().anyMatch(Character::isLetterOrDigit)) {
      text = core;
    }
    if (text.isEmpty()) {
      return Optional.empty();
    }
    CompetencyMatch m = choose(matcher.match(text, options, vectors));
    if (m == null || m.score() < minScore) {
      return Optional.empty();
    }
    IndexedConcept c = matcher.index().concept(m.uri());
    String isco = c == null ? "" : c.iscoGroup();
    return Optional.of(
        new TitleCode(m.uri(), isco, m.label(), Math.max(0.0, Math.min(1.0, m.score()))));
  }

  /** The candidate with the best penalised score (the earlier one on a tie), or null if none. */
  static CompetencyMatch choose(List<CompetencyMatch> candidates) {
    CompetencyMatch best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (CompetencyMatch c : candidates) {
      double s = c.score() - WORD_PENALTY * Words.count(c.label());
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    return best;
  }
}
