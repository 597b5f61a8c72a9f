package org.microcert.taxonomy.eval;

import java.util.Collection;
import java.util.Locale;

/**
 * Scores single-code assignment (a title coded to one occupation, or to none) against gold codes:
 * accuracy = texts whose code is gold / all texts, coverage = coded texts / all texts, precision of
 * coded = texts whose code is gold / coded texts. Not thread-safe.
 */
public final class CodingScore {

  private int texts;
  private int coded;
  private int correct;

  /**
   * Totals.
   *
   * @param n texts
   * @param coded texts that got a code
   * @param correct texts whose code is one of their gold codes
   * @param accuracy correct / n
   * @param coverage coded / n
   * @param precisionOfCoded correct / coded
   */
  public record Result(
      int n, int coded, int correct, double accuracy, double coverage, double precisionOfCoded) {

    /** {@code {"n":…, "coded":…, "correct":…, "accuracy":…, "coverage":…, …}}. */
    public String json() {
      return String.format(
          Locale.ROOT,
          "{\"n\":%d, \"coded\":%d, \"correct\":%d, \"accuracy\":%.4f, \"coverage\":%.4f,"
              + " \"precision_of_coded\":%.4f}",
          n,
          coded,
          correct,
          accuracy,
          coverage,
          precisionOfCoded);
    }
  }

  /**
   * Adds one text.
   *
   * @param code the code given, or null when the text was not coded
   * @param gold the text's gold codes
   * @return whether the code is gold
   */
  public boolean add(String code, Collection<String> gold) {
    texts++;
    if (code == null) {
      return false;
    }
    coded++;
    boolean ok = gold.contains(code);
    if (ok) {
      correct++;
    }
    return ok;
  }

  /** The figures over every text added so far. */
  public Result result() {
    return new Result(
        texts,
        coded,
        correct,
        texts == 0 ? 0 : correct / (double) texts,
        texts == 0 ? 0 : coded / (double) texts,
        coded == 0 ? 0 : correct / (double) coded);
  }
}
