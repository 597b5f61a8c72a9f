package org.microcert.taxonomy.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private volatile Labels labels;

  ConceptTerms(CompetencyIndex index, Analyzer analyzer, TermWeights weights) {
    this.index = index;
    this.analyzer = analyzer;
    this.weights = weights;
  }

  /**
   * A text's terms as a set of label-term ids, for {@link #coverage(int, TextTerms)}: built once
   * per text, it answers "does the text have this label term" with a bit test instead of a string
   * hash lookup per label term (the fusion asks it for every term of every label of ~200
   * candidates).
   */
  static final class TextTerms {
    private final long[] bits;

    private TextTerms(long[] bits) {
      this.bits = bits;
    }

    private boolean has(int id) {
      return (bits[id >>> 6] & (1L << id)) != 0;
    }
  }

  /** The text's terms (analysed) as a {@link TextTerms}. */
  TextTerms textTerms(Set<String> textTerms) {
    Labels all = labels();
    long[] bits = new long[(all.ids().size() + 63) >>> 6];
    for (String t : textTerms) {
      Integer id = all.ids().get(t);
      if (id != null) {
        bits[id >>> 6] |= 1L << id;
      }
    }
    return new TextTerms(bits);
  }

  /**
   * The best IDF-weighted share of a label's terms found among the text's terms, over the concept's
   * preferred, alternative and hidden labels; 0 if none shares a term. The same sums, in the same
   * order, as {@link WeightedTerms#share}, so the same doubles.
   */
  double coverage(int doc, TextTerms text) {
    Labels all = labels();
    WeightedTerms[] labels = all.terms()[doc];
    int[][] ids = all.termIds()[doc];
    double best = 0;
    for (int l = 0; l < labels.length; l++) {
      WeightedTerms label = labels[l];
      double share = 0;
      if (label.total() > 0) {
        int[] li = ids[l];
        double[] idf = label.idf();
        double shared = 0;
        for (int i = 0; i < li.length; i++) {
          if (text.has(li[i])) {
            shared += idf[i];
          }
        }
        share = shared / label.total();
      }
      best = Math.max(best, share);
    }
    return best;
  }

  /** The terms of each of the concept's labels, in {@link IndexedConcept#allLabels()} order. */
  WeightedTerms[] labels(int doc) {
    return labels().terms()[doc];
  }

  /**
   * Every concept's label terms by doc id; the same terms as ids (in the same order) of one
   * dictionary of all label terms.
   */
  private record Labels(WeightedTerms[][] terms, int[][][] termIds, Map<String, Integer> ids) {}

  private Labels labels() {
    Labels all = labels;
    if (all == null) {
      synchronized (this) {
        all = labels;
        if (all == null) {
          all = buildLabels();
          labels = all;
        }
      }
    }
    return all;
  }

  /** The terms of the concept's description. */
  WeightedTerms description(IndexedConcept c) {
    return descriptions.computeIfAbsent(c.doc(), d -> weighted(c.description()));
  }

  private Labels buildLabels() {
    int n = index.concepts().size();
    WeightedTerms[][] all = new WeightedTerms[n][];
    int[][][] termIds = new int[n][][];
    Map<String, Integer> ids = new HashMap<>();
    for (IndexedConcept c : index.concepts()) {
      List<String> labels = c.allLabels();
      WeightedTerms[] per = new WeightedTerms[labels.size()];
      int[][] perIds = new int[labels.size()][];
      for (int i = 0; i < labels.size(); i++) {
        per[i] = weighted(labels.get(i));
        String[] terms = per[i].terms();
        perIds[i] = new int[terms.length];
        for (int j = 0; j < terms.length; j++) {
          perIds[i][j] = ids.computeIfAbsent(terms[j], k -> ids.size());
        }
      }
      all[c.doc()] = per;
      termIds[c.doc()] = perIds;
    }
    return new Labels(all, termIds, ids);
  }

  private WeightedTerms weighted(String text) {
    String[] terms = TextAnalysis.terms(analyzer, text).stream().distinct().toArray(String[]::new);
    return WeightedTerms.of(terms, weights::idf);
  }
}
