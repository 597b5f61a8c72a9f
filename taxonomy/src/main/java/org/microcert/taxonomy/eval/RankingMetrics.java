package org.microcert.taxonomy.eval;

import java.util.Collection;
import java.util.List;

/**
 * Ranking metrics as the dev README (and the literature) define them, for one ranking and its gold
 * set.
 */
public final class RankingMetrics {

  private RankingMetrics() {}

  /** RP@K = |top-K ∩ gold| / min(K, |gold|). */
  public static double rPrecision(List<String> ranking, Collection<String> gold, int k) {
    if (gold.isEmpty()) {
      return 0;
    }
    return (double) hits(ranking, gold, k) / Math.min(k, gold.size());
  }

  /** Recall@K = |top-K ∩ gold| / |gold|. */
  public static double recall(List<String> ranking, Collection<String> gold, int k) {
    if (gold.isEmpty()) {
      return 0;
    }
    return (double) hits(ranking, gold, k) / gold.size();
  }

  /** 1 / rank of the first gold concept in the ranking; 0 if none is ranked. */
  public static double reciprocalRank(List<String> ranking, Collection<String> gold) {
    for (int i = 0; i < ranking.size(); i++) {
      if (gold.contains(ranking.get(i))) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  private static int hits(List<String> ranking, Collection<String> gold, int k) {
    int n = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      if (gold.contains(ranking.get(i))) {
        n++;
      }
    }
    return n;
  }
}
