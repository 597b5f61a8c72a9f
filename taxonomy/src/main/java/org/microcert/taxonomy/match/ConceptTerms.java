package org.microcert.taxonomy.match;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.microcert.taxonomy.analysis.TextAnalysis;
import org.microcert.taxonomy.index.CompetencyIndex;
import org.microcert.taxonomy.index.IndexedConcept;

/**
 * The analysed, weighted terms of every concept's labels (built once, lazily, for all concepts) and
 * descriptions (per concept, on first use), by doc id; and label coverage, the best IDF share of a
 * text over a concept's labels. Thread-safe.
 */
final class ConceptTerms {

  private final CompetencyIndex index;
  private final Analyzer analyzer;
  private final TermWeights weights;
  private final ConcurrentHashMap<Integer, WeightedTerms> descriptions = new ConcurrentHashMap<>();
  private volatile WeightedTerms[][] labels;

  ConceptTerms(CompetencyIndex index, Analyzer analyzer, TermWeights weights) {
    this.index = index;
    this.analyzer = analyzer;
    this.weights = weights;
  }

  /**
   * The best IDF-weighted share of a label's terms found among the text's terms, over the concept's
   * preferred, alternative and hidden labels; 0 if none shares a term.
   */
  double coverage(int doc, Set<String> textTerms) {
    double best = 0;
    for (WeightedTerms label : labels(doc)) {
      best = Math.max(best, label.share(textTerms));
    }
    return best;
  }

  /** The terms of each of the concept's labels, in {@link IndexedConcept#allLabels()} order. */
  WeightedTerms[] labels(int doc) {
    WeightedTerms[][] all = labels;
    if (all == null) {
      synchronized (this) {
        all = labels;
        if (all == null) {
          all = buildLabels();
          labels = all;
        }
      }
    }
    return all[doc];
  }

  /** The terms of the concept's description. */
  WeightedTerms description(IndexedConcept c) {
    return descriptions.computeIfAbsent(c.doc(), d -> weighted(c.description()));
  }

  private WeightedTerms[][] buildLabels() {
    WeightedTerms[][] all = new WeightedTerms[index.concepts().size()][];
    for (IndexedConcept c : index.concepts()) {
      List<String> labels = c.allLabels();
      WeightedTerms[] per = new WeightedTerms[labels.size()];
      for (int i = 0; i < labels.size(); i++) {
        per[i] = weighted(labels.get(i));
      }
      all[c.doc()] = per;
    }
    return all;
  }

  private WeightedTerms weighted(String text) {
    String[] terms = TextAnalysis.terms(analyzer, text).stream().distinct().toArray(String[]::new);
    return WeightedTerms.of(terms, weights::idf);
  }
}
