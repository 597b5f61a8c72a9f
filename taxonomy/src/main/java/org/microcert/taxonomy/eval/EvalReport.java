package org.microcert.taxonomy.eval;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Averaged metrics over a gold set.
 *
 * @param n texts evaluated
 * @param mrr mean reciprocal rank
 * @param rp1 mean RP@1
 * @param rp5 mean RP@5
 * @param rp10 mean RP@10
 * @param recall5 mean Recall@5
 * @param recall10 mean Recall@10
 */
public record EvalReport(
    int n, double mrr, double rp1, double rp5, double rp10, double recall5, double recall10) {

  /** One JSON object, keys in a fixed order, 4 decimals. */
  public String toJson() {
    return "{" + fields() + "}";
  }

  /** The matcher's keys at top level and the baseline nested under {@code "baseline"}. */
  public String toJson(EvalReport baseline) {
    return "{" + fields() + ", \"baseline\":" + baseline.toJson() + "}";
  }

  private String fields() {
    return String.format(
        Locale.ROOT,
        "\"n\":%d, \"mrr\":%.4f, \"rp@1\":%.4f, \"rp@5\":%.4f, \"rp@10\":%.4f, \"recall@5\":%.4f,"
            + " \"recall@10\":%.4f",
        n,
        mrr,
        rp1,
        rp5,
        rp10,
        recall5,
        recall10);
  }

  /** Accumulates per-text figures. Not thread-safe. */
  public static final class Accumulator {
    private int n;
    private double mrr;
    private double rp1;
    private double rp5;
    private double rp10;
    private double r5;
    private double r10;

    public void add(List<String> ranking, Collection<String> gold) {
      n++;
      mrr += RankingMetrics.reciprocalRank(ranking, gold);
      rp1 += RankingMetrics.rPrecision(ranking, gold, 1);
      rp5 += RankingMetrics.rPrecision(ranking, gold, 5);
      rp10 += RankingMetrics.rPrecision(ranking, gold, 10);
      r5 += RankingMetrics.recall(ranking, gold, 5);
      r10 += RankingMetrics.recall(ranking, gold, 10);
    }

    public EvalReport report() {
      if (n == 0) {
        return new EvalReport(0, 0, 0, 0, 0, 0, 0);
      }
      return new EvalReport(n, mrr / n, rp1 / n, rp5 / n, rp10 / n, r5 / n, r10 / n);
    }
  }
}
