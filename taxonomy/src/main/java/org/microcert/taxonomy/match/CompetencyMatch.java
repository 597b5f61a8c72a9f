package org.microcert.taxonomy.match;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One ranked concept for a text.
 *
 * @param rank 1-based rank
 * @param uri concept URI
 * @param label preferred label
 * @param conceptType {@code skill} or {@code occupation}
 * @param skillType {@code knowledge}, {@code skill/competence} or empty
 * @param score fused score, 0..1 (higher is better)
 * @param lexicalScore lexical part, normalised to 0..1 by the best lexical score of the text
 * @param denseScore cosine similarity of the text and the concept's closest embedded label
 * @param confidence band of {@code score}
 * @param matchedText the label (or the description) that best explains the match
 * @param matchedTerms words of the text found in {@code matchedText}, in text order
 */
public record CompetencyMatch(
    int rank,
    String uri,
    String label,
    String conceptType,
    String skillType,
    double score,
    double lexicalScore,
    double denseScore,
    Confidence confidence,
    String matchedText,
    List<String> matchedTerms)
    implements Serializable {

  public CompetencyMatch {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(matchedText, "matchedText");
    matchedTerms = List.copyOf(matchedTerms);
  }
}
