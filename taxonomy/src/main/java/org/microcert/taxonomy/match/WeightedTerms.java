package org.microcert.taxonomy.match;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The distinct analysed terms of one label (or description), each with its idf, and the total: the
 * IDF share of a text is computed here and only here.
 *
 * @param terms distinct terms in label order
 * @param idf each term's weight
 * @param total the sum of the weights (0 for a label without terms)
 */
record WeightedTerms(String[] terms, double[] idf, double total) {

  /** The terms, each weighted by {@code weights}. */
  static WeightedTerms of(String[] terms, ToDoubleFunction<String> weights) {
    double[] idf = new double[terms.length];
    double total = 0;
    for (int i = 0; i < terms.length; i++) {
      idf[i] = weights.applyAsDouble(terms[i]);
      total += idf[i];
    }
    return new WeightedTerms(terms, idf, total);
  }

  /** The summed weight of this label's terms that are among {@code textTerms}. */
  double sharedWeight(Set<String> textTerms) {
    double shared = 0;
    for (int i = 0; i < terms.length; i++) {
      if (textTerms.contains(terms[i])) {
        shared += idf[i];
      }
    }
    return shared;
  }

  /** The IDF-weighted share of this label's terms found among {@code textTerms}, 0 to 1. */
  double share(Set<String> textTerms) {
    return total > 0 ? sharedWeight(textTerms) / total : 0;
  }

  /** This label's terms that are among {@code textTerms}, in label order. */
  Set<String> sharedTerms(Set<String> textTerms) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : terms) {
      if (textTerms.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }
}
