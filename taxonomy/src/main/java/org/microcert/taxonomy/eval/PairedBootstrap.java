package org.microcert.taxonomy.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Paired bootstrap of a change on several gold files at once. Each file holds, per text, a count
 * vector for the baseline (A) and one for the change (B), in the same text order; the statistic is
 * computed on summed counts (micro F1 from correct, extracted, gold; accuracy from correct and
 * texts). Each round resamples the texts of every file with replacement (the same draw for A and B)
 * and averages the files' B − A differences, each file weighing the same. Deterministic for a seed.
 */
public final class PairedBootstrap {

  private PairedBootstrap() {}

  /**
   * One file's paired per-text counts.
   *
   * @param name what the file is, for reports
   * @param a per text, the baseline's counts
   * @param b per text, the change's counts (same length and order as {@code a})
   */
  public record Pairs(String name, long[][] a, long[][] b) {

    public Pairs {
      if (a.length != b.length) {
        throw new IllegalArgumentException(
            "Cannot pair " + name + ": " + a.length + " baseline texts against " + b.length);
      }
    }
  }

  /**
   * Outcome.
   *
   * @param delta observed mean over files of statistic(B) − statistic(A)
   * @param low 2.5th percentile of the resampled mean differences
   * @param high 97.5th percentile
   * @param winShare share of rounds in which B beat A (mean difference above 0)
   * @param perFile observed difference per file, in input order
   */
  public record Result(double delta, double low, double high, double winShare, double[] perFile) {

    /** Whether the change wins beyond the noise: the 95% interval lies above zero. */
    public boolean wins() {
      return low > 0;
    }

    /** {@code {"delta":…, "ci95":[…, …], "win_share":…, "wins":…}}. */
    public String json() {
      return String.format(
          Locale.ROOT,
          "{\"delta\":%.4f, \"ci95\":[%.4f, %.4f], \"win_share\":%.4f, \"wins\":%b}",
          delta,
          low,
          high,
          winShare,
          wins());
    }
  }

  /** Micro F1 of {@code [correct, extracted, gold]}. */
  public static double microF1(long[] c) {
    return SetMatchScore.of(0, c[1], c[2], c[0]).f1();
  }

  /** Accuracy of {@code [correct, texts]}. */
  public static double accuracy(long[] c) {
    return c[1] == 0 ? 0 : c[0] / (double) c[1];
  }

  /** Runs {@code rounds} resamples with {@code seed}. */
  public static Result compare(
      List<Pairs> files, ToDoubleFunction<long[]> statistic, int rounds, long seed) {
    double[] perFile = new double[files.size()];
    double observed = 0;
    for (int f = 0; f < files.size(); f++) {
      Pairs p = files.get(f);
      perFile[f] =
          statistic.applyAsDouble(sum(p.b(), null)) - statistic.applyAsDouble(sum(p.a(), null));
      observed += perFile[f];
    }
    observed /= Math.max(1, files.size());
    Random random = new Random(seed);
    double[] deltas = new double[rounds];
    int wins = 0;
    for (int r = 0; r < rounds; r++) {
      double d = 0;
      for (Pairs p : files) {
        int n = p.a().length;
        int[] draw = new int[n];
        for (int i = 0; i < n; i++) {
          draw[i] = random.nextInt(n);
        }
        d += statistic.applyAsDouble(sum(p.b(), draw)) - statistic.applyAsDouble(sum(p.a(), draw));
      }
      deltas[r] = d / Math.max(1, files.size());
      if (deltas[r] > 0) {
        wins++;
      }
    }
    Arrays.sort(deltas);
    return new Result(
        observed,
        rounds == 0 ? observed : deltas[(int) Math.floor(0.025 * (rounds - 1))],
        rounds == 0 ? observed : deltas[(int) Math.ceil(0.975 * (rounds - 1))],
        rounds == 0 ? 0 : wins / (double) rounds,
        perFile);
  }

  private static long[] sum(long[][] counts, int[] draw) {
    int width = counts.length == 0 ? 0 : counts[0].length;
    long[] s = new long[width];
    int n = draw == null ? counts.length : draw.length;
    for (int i = 0; i < n; i++) {
      long[] c = counts[draw == null ? i : draw[i]];
      for (int k = 0; k < width; k++) {
        s[k] += c[k];
      }
    }
    return s;
  }
}
