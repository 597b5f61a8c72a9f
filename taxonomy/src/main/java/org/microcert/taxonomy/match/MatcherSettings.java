package org.microcert.taxonomy.match;

/**
 * Weights of the matcher, tuned on the dev gold sets (see NOTES). Chainable {@code with*} copies.
 *
 * @param preferredBoost boost of a query term in the preferred label
 * @param altBoost boost in alternative labels
 * @param hiddenBoost boost in hidden labels
 * @param descriptionBoost boost in the description
 * @param broaderBoost boost in the labels of broader concepts (hierarchy expansion)
 * @param phraseBoost boost of adjacent word pairs matched as a phrase in labels
 * @param lexicalWeight weight of the normalised lexical score in the fusion (the rest is dense)
 * @param denseCandidates nearest labels fetched from the HNSW index per text
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
    double highThreshold,
    double mediumThreshold) {

  /** The tuned defaults. */
  public static MatcherSettings defaults() {
    return new MatcherSettings(3f, 2f, 1f, 0.3f, 0f, 1f, 0.7, 100, 0.75, 0.55);
  }

  public MatcherSettings withLexicalWeight(double w) {
    return new MatcherSettings(
        preferredBoost, altBoost, hiddenBoost, descriptionBoost, broaderBoost, phraseBoost, w,
        denseCandidates, highThreshold, mediumThreshold);
  }

  public MatcherSettings withBoosts(
      float preferred, float alt, float hidden, float description, float broader, float phrase) {
    return new MatcherSettings(
        preferred, alt, hidden, description, broader, phrase, lexicalWeight, denseCandidates,
        highThreshold, mediumThreshold);
  }

  public MatcherSettings withThresholds(double high, double medium) {
    return new MatcherSettings(
        preferredBoost, altBoost, hiddenBoost, descriptionBoost, broaderBoost, phraseBoost,
        lexicalWeight, denseCandidates, high, medium);
  }

  /** The band of a fused score. */
  public Confidence band(double score) {
    return score >= highThreshold
        ? Confidence.HIGH
        : score >= mediumThreshold ? Confidence.MEDIUM : Confidence.LOW;
  }
}
