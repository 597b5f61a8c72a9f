package org.microcert.taxonomy.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.microcert.taxonomy.index.CompetencyIndex;
import org.microcert.taxonomy.index.IndexedConcept;
import org.microcert.taxonomy.text.Words;

/**
 * Fuses the two sides into one score per candidate, best first, ties by URI: lexical = BM25 / the
 * text's best BM25, mixed with label coverage ({@link MatcherSettings#coverageWeight()}); fused = w
 * × lexical + (1 − w) × cosine (min-max normalised over the candidates if the settings say so).
 * Without a dense side, w is 1. A {@link MatcherSettings#labelWordPenalty()} is then taken off per
 * word of the candidate's preferred label, and {@link MatcherSettings#narrowerPenalty()} off a
 * candidate that has narrower concepts of its own type. Thread-safe.
 */
final class ScoreFusion {

  /** One candidate's scores. */
  record Scored(int doc, String uri, double score, double lexical, double cosine) {}

  private final CompetencyIndex index;
  private final ConceptTerms conceptTerms;

  /** Words of each concept's preferred label, by doc id. */
  private final int[] labelWords;

  /** Whether a concept has narrower concepts of its own type, by doc id. */
  private final boolean[] hasNarrower;

  ScoreFusion(CompetencyIndex index, ConceptTerms conceptTerms) {
    this.index = index;
    this.conceptTerms = conceptTerms;
    int maxDoc = index.reader().maxDoc();
    this.labelWords = new int[maxDoc];
    this.hasNarrower = new boolean[maxDoc];
    Map<String, IndexedConcept> byUri = new HashMap<>();
    for (IndexedConcept c : index.concepts()) {
      labelWords[c.doc()] = Words.count(c.preferredLabel());
      byUri.put(c.uri(), c);
    }
    for (IndexedConcept c : index.concepts()) {
      for (String b : c.broaderUris()) {
        IndexedConcept broader = byUri.get(b);
        if (broader != null && broader.type().equals(c.type())) {
          hasNarrower[broader.doc()] = true;
        }
      }
    }
  }

  /**
   * Every candidate (from either side) scored, best first.
   *
   * @param lexical BM25 by doc id
   * @param cosine cosine by doc id (empty without a dense side)
   * @param textTerms the text's analysed terms (for coverage)
   * @param withDense whether the dense side ran
   */
  List<Scored> fuse(
      Map<Integer, Float> lexical,
      Map<Integer, Float> cosine,
      Set<String> textTerms,
      boolean withDense,
      MatcherSettings settings) {
    float maxLex = 0f;
    for (float v : lexical.values()) {
      maxLex = Math.max(maxLex, v);
    }
    Set<Integer> candidates = new HashSet<>(lexical.keySet());
    candidates.addAll(cosine.keySet());
    double cw = settings.coverageWeight();
    double w = withDense ? settings.lexicalWeight() : 1.0;
    float minCos = Float.MAX_VALUE;
    float maxCos = -Float.MAX_VALUE;
    for (int doc : candidates) {
      float c = cosine.getOrDefault(doc, 0f);
      minCos = Math.min(minCos, c);
      maxCos = Math.max(maxCos, c);
    }
    boolean norm = settings.normaliseDense() && maxCos > minCos;
    ConceptTerms.TextTerms text = cw > 0 ? conceptTerms.textTerms(textTerms) : null;
    List<Scored> scored = new ArrayList<>(candidates.size());
    double penalty = settings.labelWordPenalty();
    double narrower = settings.narrowerPenalty();
    for (int doc : candidates) {
      double lex = maxLex > 0 ? lexical.getOrDefault(doc, 0f) / maxLex : 0.0;
      if (cw > 0) {
        lex = (1 - cw) * lex + cw * conceptTerms.coverage(doc, text);
      }
      double cos = cosine.getOrDefault(doc, 0f);
      double d = norm ? (cos - minCos) / (maxCos - minCos) : Math.max(0.0, cos);
      double fused = w * lex + (1 - w) * d;
      if (penalty > 0) {
        fused -= penalty * labelWords[doc];
      }
      if (hasNarrower[doc]) {
        fused -= narrower;
      }
      scored.add(new Scored(doc, index.concept(doc).uri(), fused, lex, cos));
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::uri));
    return scored;
  }
}
