package org.microcert.taxonomy.eval;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Micro precision, recall and F1 of predicted concept sets against gold sets, summed over texts:
 * precision = correct / extracted, recall = correct / gold, F1 their harmonic mean. Not
 * thread-safe: one instance per evaluation.
 */
public final class SetMatchScore {

  private int texts;
  private long extracted;
  private long gold;
  private long correct;

  /**
   * One text's counts.
   *
   * @param extracted distinct concepts predicted
   * @param gold distinct gold concepts
   * @param correct predicted concepts that are gold
   */
  public record TextCounts(int extracted, int gold, int correct) {}

  /**
   * Totals.
   *
   * @param n texts
   * @param extracted distinct concepts predicted, summed over texts
   * @param gold distinct gold concepts, summed over texts
   * @param correct predicted concepts that are gold, summed over texts
   * @param precision correct / extracted (0 when nothing was extracted)
   * @param recall correct / gold (0 without gold)
   * @param f1 harmonic mean of precision and recall (0 when both are 0)
   */
  public record Result(
      int n, long extracted, long gold, long correct, double precision, double recall, double f1) {

    /** {@code {"n":…, "extracted":…, "gold":…, "correct":…, "precision":…, "recall":…, "f1":…}}. */
    public String json() {
      return String.format(
          Locale.ROOT,
          "{\"n\":%d, \"extracted\":%d, \"gold\":%d, \"correct\":%d, \"precision\":%.4f,"
              + " \"recall\":%.4f, \"f1\":%.4f}",
          n,
          extracted,
          gold,
          correct,
          precision,
          recall,
          f1);
    }
  }

  /** Adds one text and returns its counts (duplicates in either collection count once). */
  public TextCounts add(Collection<String> predicted, Collection<String> goldUris) {
    Set<String> p = new HashSet<>(predicted);
    Set<String> g = new HashSet<>(goldUris);
    int c = 0;
    for (String u : p) {
      if (g.contains(u)) {
        c++;
      }
    }
    texts++;
    extracted += p.size();
    gold += g.size();
    correct += c;
    return new TextCounts(p.size(), g.size(), c);
  }

  /** The micro figures over every text added so far. */
  public Result result() {
    return of(texts, extracted, gold, correct);
  }

  /** The micro figures of summed counts. */
  public static Result of(int n, long extracted, long gold, long correct) {
    double p = extracted == 0 ? 0 : correct / (double) extracted;
    double r = gold == 0 ? 0 : correct / (double) gold;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Result(n, extracted, gold, correct, p, r, f);
  }
}
