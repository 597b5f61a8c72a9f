package org.microcert.taxonomy.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.microcert.taxonomy.analysis.TextAnalysis.Token;
import org.microcert.taxonomy.index.IndexedConcept;

/**
 * Says why a concept matched a text: the label (else the description) that covers the largest
 * IDF-weighted share of its own terms with terms of the text, and the text's words that it shares.
 * Thread-safe.
 */
final class MatchExplainer {

  /** A description must cover clearly more of its terms than a label to be shown instead. */
  private static final double DESCRIPTION_FACTOR = 0.5;

  /** A small bonus for more shared weight, which breaks ties between equal shares. */
  private static final double SHARED_WEIGHT_BONUS = 0.01;

  /** Matched text and the words of the text that it shares. */
  record Explanation(String text, List<String> terms) {}

  private final ConceptTerms conceptTerms;

  MatchExplainer(ConceptTerms conceptTerms) {
    this.conceptTerms = conceptTerms;
  }

  /** The explanation of {@code c} for the text {@code text} analysed into {@code tokens}. */
  Explanation explain(IndexedConcept c, List<Token> tokens, String text) {
    Map<String, List<Token>> byTerm = new HashMap<>();
    for (Token t : tokens) {
      byTerm.computeIfAbsent(t.term(), k -> new ArrayList<>()).add(t);
    }
    Set<String> textTerms = byTerm.keySet();
    String bestText = null;
    WeightedTerms bestTerms = null;
    double bestScore = 0;
    List<String> labels = c.allLabels();
    WeightedTerms[] labelTerms = conceptTerms.labels(c.doc());
    int options = labels.size() + (c.description().isBlank() ? 0 : 1);
    for (int i = 0; i < options; i++) {
      boolean isDescription = i == labels.size();
      WeightedTerms terms = isDescription ? conceptTerms.description(c) : labelTerms[i];
      // Weights are positive, so a label shares a term exactly when its shared weight is positive.
      double shared = terms.sharedWeight(textTerms);
      if (terms.total() == 0 || shared == 0) {
        continue;
      }
      double score =
          (shared / terms.total()) * (isDescription ? DESCRIPTION_FACTOR : 1.0)
              + SHARED_WEIGHT_BONUS * shared;
      if (score > bestScore) {
        bestScore = score;
        bestText = isDescription ? c.description() : labels.get(i);
        bestTerms = terms;
      }
    }
    if (bestText == null) {
      return new Explanation(c.preferredLabel(), List.of());
    }
    List<Token> hits = new ArrayList<>();
    for (String t : bestTerms.sharedTerms(textTerms)) {
      hits.addAll(byTerm.get(t));
    }
    hits.sort(Comparator.comparingInt(Token::start));
    Set<String> words = new LinkedHashSet<>();
    for (Token h : hits) {
      words.add(text.substring(h.start(), h.end()));
    }
    return new Explanation(bestText, List.copyOf(words));
  }
}
