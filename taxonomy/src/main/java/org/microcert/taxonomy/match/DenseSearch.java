package org.microcert.taxonomy.match;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.microcert.taxonomy.index.CompetencyIndex;
import org.microcert.taxonomy.index.DenseIndex;
import org.microcert.taxonomy.index.IndexedConcept;

/**
 * The dense side: the cosine of a text's MiniLM vector to each concept's closest embedded label,
 * for the HNSW nearest labels and, re-scored exactly, for every lexical candidate; with a {@link
 * MatcherSettings#preferredLabelShare()}, every candidate's cosine mixes its preferred label's and
 * its closest label's. Thread-safe.
 */
final class DenseSearch {

  private final CompetencyIndex index;
  private final DenseIndex dense;

  DenseSearch(CompetencyIndex index, DenseIndex dense) {
    this.index = index;
    this.dense = dense;
  }

  /**
   * The cosine by doc id of the concepts of {@code type} owning the {@code nearest} labels closest
   * to {@code vector}, and of each of {@code lexical}.
   */
  Map<Integer, Float> cosines(
      float[] vector,
      String type,
      int nearest,
      Collection<Integer> lexical,
      double preferredShare) {
    Map<Integer, Float> cosine = new HashMap<>();
    for (DenseIndex.Neighbour n : dense.nearest(vector, type, nearest)) {
      IndexedConcept c = index.concept(n.uri());
      if (c == null) {
        continue;
      }
      if (preferredShare > 0) {
        // The mix needs every label's cosine, not only the neighbour's: computed once per concept.
        cosine.computeIfAbsent(c.doc(), d -> exact(vector, c, preferredShare));
      } else {
        cosine.merge(c.doc(), n.similarity(), Math::max);
      }
    }
    for (Integer doc : lexical) {
      if (!cosine.containsKey(doc)) {
        cosine.put(doc, exact(vector, index.concept(doc), preferredShare));
      }
    }
    return cosine;
  }

  private float exact(float[] vector, IndexedConcept c, double preferredShare) {
    return dense.similarity(vector, c.uri(), c.preferredLabel(), preferredShare);
  }
}
