package org.microcert.taxonomy.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.microcert.taxonomy.index.CompetencyFields;

/**
 * A term's weight for label coverage and explanations: its BM25 idf, {@code ln(1 + (N − df + 0.5) /
 * (df + 0.5))}, with df the larger of its document frequencies in preferred and alternative labels.
 * Always positive. Cached per term; thread-safe.
 */
final class TermWeights {

  private static final List<String> FIELDS =
      List.of(CompetencyFields.PREFERRED, CompetencyFields.ALT);

  private final IndexReader reader;
  private final ConcurrentHashMap<String, Double> cache = new ConcurrentHashMap<>();

  TermWeights(IndexReader reader) {
    this.reader = reader;
  }

  /** The idf of an analysed term. */
  double idf(String term) {
    Double cached = cache.get(term);
    if (cached != null) {
      return cached;
    }
    double v = compute(term);
    cache.put(term, v);
    return v;
  }

  private double compute(String term) {
    try {
      int df = 0;
      for (String f : FIELDS) {
        df = Math.max(df, reader.docFreq(new Term(f, term)));
      }
      int n = reader.maxDoc();
      return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read term statistics: " + e.getMessage(), e);
    }
  }
}
