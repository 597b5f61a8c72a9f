package org.microcert.taxonomy.match;

/**
 * Weights of the matcher, tuned on the dev gold sets (figures in docs/performance.md).
 *
 * @param preferredBoost boost of a query term in the preferred label
 * @param altBoost boost in alternative labels
 * @param hiddenBoost boost in hidden labels
 * @param descriptionBoost boost in the description
 * @param broaderBoost boost in the labels of broader concepts (hierarchy expansion)
 * @param phraseBoost boost of adjacent word pairs matched as a phrase in labels
 * @param lexicalWeight weight of the normalised lexical score in the fusion (the rest is dense)
 * @param denseCandidates nearest labels fetched from the HNSW index per text
 * @param normaliseDense whether cosines are min-max normalised over the text's candidates before
 *     fusion (like the lexical side, which is divided by the text's best score)
 * @param coverageWeight share of the lexical side given to label coverage: the best label's
 *     IDF-weighted fraction of terms found in the text (max over preferred, alternative and hidden
 *     labels); the rest is BM25 divided by the text's best BM25
 * @param preferredLabelShare dense side, for concepts with several embedded labels (occupations):
 *     share of the cosine to the preferred label in a concept's cosine, the rest being the maximum
 *     over all its labels (0: the maximum alone)
 * @param labelWordPenalty fused score taken off per word of a candidate's preferred label: a text
 *     that names an occupation names the general one more often than a specialised one
 * @param narrowerPenalty fused score taken off a concept that has narrower concepts of its own type
 *     (a general occupation such as "sales manager" with specialised ones under it)
 * @param highThreshold fused score from which a match is {@code high}
 * @param mediumThreshold fused score from which a match is {@code medium}
 */
public record MatcherSettings(
    float preferredBoost,
    float altBoost,
    float hiddenBoost,
    float descriptionBoost,
    float broaderBoost,
    float phraseBoost,
    double lexicalWeight,
    int denseCandidates,
    boolean normaliseDense,
    double coverageWeight,
    double preferredLabelShare,
    double labelWordPenalty,
    double narrowerPenalty,
    double highThreshold,
    double mediumThreshold) {

  /** The tuned defaults for skills. */
  public static MatcherSettings defaults() {
    return defaults(Target.SKILLS);
  }

  /**
   * The tuned defaults for a target. Skills: the preferred label carries the lexical side (their
   * alternative labels are many and loose). Occupations: alternative labels matter as much as the
   * preferred one (job titles vary most); the dense side weighs more, a concept's cosine mixes its
   * preferred label's (0.3) with its best label's, longer labels pay 0.02 a word (JobBERT val: MRR
   * 0.3846 to 0.4016 on all 15,463 titles) and an occupation with narrower occupations under it
   * pays 0.1, so a close call goes to the specific occupation (MRR 0.4016 to 0.4129;
   * docs/evidence-quality.md).
   */
  public static MatcherSettings defaults(Target target) {
    return switch (target) {
      case SKILLS ->
          new MatcherSettings(1f, 0f, 0f, 0f, 0f, 0.5f, 0.4, 100, false, 0.8, 0, 0, 0, 0.7, 0.6);
      case OCCUPATIONS ->
          new MatcherSettings(
              1f, 1f, 0.5f, 0f, 0f, 0.5f, 0.3, 100, false, 0.6, 0.3, 0.02, 0.1, 0.9, 0.8);
    };
  }

  public MatcherSettings withBoosts(
      float preferred, float alt, float hidden, float description, float broader, float phrase) {
    return new MatcherSettings(
        preferred,
        alt,
        hidden,
        description,
        broader,
        phrase,
        lexicalWeight,
        denseCandidates,
        normaliseDense,
        coverageWeight,
        preferredLabelShare,
        labelWordPenalty,
        narrowerPenalty,
        highThreshold,
        mediumThreshold);
  }

  /** The band of a fused score. */
  public Confidence band(double score) {
    return score >= highThreshold
        ? Confidence.HIGH
        : score >= mediumThreshold ? Confidence.MEDIUM : Confidence.LOW;
  }
}
