package org.microcert.taxonomy.index;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * BM25 per field. Label fields are short, so length normalisation is mild on the multi-valued
 * alternative labels (many labels must not bury a concept); descriptions use standard BM25.
 */
public final class CompetencySimilarity extends PerFieldSimilarityWrapper {

  private final Similarity labels = new BM25Similarity(1.2f, 0.5f);
  private final Similarity multiLabels = new BM25Similarity(1.2f, 0.3f);
  private final Similarity text = new BM25Similarity(1.2f, 0.75f);

  private CompetencySimilarity() {}

  /** The similarity used both to write and to search the index. */
  public static Similarity create() {
    return new CompetencySimilarity();
  }

  @Override
  public Similarity get(String field) {
    return switch (field) {
      case CompetencyFields.PREFERRED -> labels;
      case CompetencyFields.ALT, CompetencyFields.HIDDEN, CompetencyFields.BROADER_LABEL ->
          multiLabels;
      default -> text;
    };
  }
}
