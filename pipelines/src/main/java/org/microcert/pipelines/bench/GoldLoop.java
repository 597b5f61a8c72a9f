package org.microcert.pipelines.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.microcert.taxonomy.eval.GoldItem;

/**
 * What the gold-file quality benchmarks ({@link EscoExtractionBench}, {@link TitleCodingBench})
 * share: the timed read-and-score loop over the gold items, and the cost appended to the score's
 * JSON line.
 */
final class GoldLoop {

  /**
   * One result per gold item, in gold file order, and the loop's wall time.
   *
   * @param results per item
   * @param seconds wall time of the loop
   */
  record Timed<R>(List<R> results, double seconds) {}

  private GoldLoop() {}

  /** {@code score} of every item in order, timed as a whole. */
  static <R> Timed<R> run(List<GoldItem> items, Function<GoldItem, R> score) {
    List<R> out = new ArrayList<>(items.size());
    long t0 = System.nanoTime();
    for (GoldItem item : items) {
      out.add(score.apply(item));
    }
    return new Timed<>(out, (System.nanoTime() - t0) / 1e9);
  }

  /**
   * A score's JSON object with the cost appended: {@code "seconds"} and {@code rateKey} (items per
   * second, 0 when no time passed).
   */
  static String withCost(String scoreJson, int n, double seconds, String rateKey) {
    return scoreJson.substring(0, scoreJson.length() - 1)
        + String.format(
            Locale.ROOT,
            ", \"seconds\":%.3f, \"%s\":%.1f}",
            seconds,
            rateKey,
            seconds == 0 ? 0 : n / seconds);
  }
}
