package org.microcert.taxonomy.match;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.microcert.taxonomy.extract.TitleCode;
import org.microcert.taxonomy.extract.TitleCoder;
import org.microcert.taxonomy.index.IndexedConcept;
import org.microcert.taxonomy.index.QueryVectors;

/**
 * Codes a job title with the competency matcher's occupation side: the occupation it ranks first
 * (preferred, alternative and hidden labels, stemmed, with the dense side when the matcher has one,
 * query vectors from {@code vectors}). Bracketed notes ({@code (m/f/d)}) are removed first. The
 * matcher's occupation settings already prefer shorter labels ({@link
 * MatcherSettings#labelWordPenalty()}): a vacancy title names the general occupation more often
 * than the specialised one ("Driver" is a cargo vehicle driver more often than a hearse driver).
 * Titles whose first fused score is under {@code minScore} get no code. Thread-safe when the
 * matcher and the vectors are.
 */
public final class MatcherTitleCoder implements TitleCoder {

  /**
   * Lowest fused score that still codes a title: every title with a candidate is coded (the label
   * penalty can take a weak candidate's score below 0).
   */
  public static final double DEFAULT_MIN_SCORE = Double.NEGATIVE_INFINITY;

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
  private final MatchOptions options = new MatchOptions(Target.OCCUPATIONS, 1, 100, false);

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
    List<CompetencyMatch> first = matcher.match(text, options, vectors);
    if (first.isEmpty() || first.get(0).score() < minScore) {
      return Optional.empty();
    }
    CompetencyMatch m = first.get(0);
    IndexedConcept c = matcher.index().concept(m.uri());
    String isco = c == null ? "" : c.iscoGroup();
    return Optional.of(
        new TitleCode(m.uri(), isco, m.label(), Math.max(0.0, Math.min(1.0, m.score()))));
  }
}
