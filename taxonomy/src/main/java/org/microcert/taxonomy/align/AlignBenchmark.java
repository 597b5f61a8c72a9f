package org.microcert.taxonomy.align;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.microcert.taxonomy.concurrent.ParallelMap;
import org.microcert.taxonomy.index.SentenceEmbedder;
import org.microcert.taxonomy.match.CompetencyMatcher;

/**
 * Alignment throughput: aligns {@code n} real outcome texts (the source's texts repeated) with
 * top-K skills and explanations on {@code threads} threads, as {@code align} does.
 */
public final class AlignBenchmark {

  /**
   * Figures of one run.
   *
   * @param embedSeconds time the same threads take to embed the same texts with MiniLM alone (the
   *     dense side's query cost, measured in a separate pass; 0 for a lexical-only run)
   */
  public record Result(int outcomes, int threads, double seconds, boolean dense, double embedSeconds) {
    public double perSecond() {
      return outcomes / seconds;
    }

    /** One JSON object with fixed key order. */
    public String toJson() {
      return String.format(
          Locale.ROOT,
          "{\"outcomes\":%d, \"threads\":%d, \"seconds\":%.2f, \"outcomes_per_second\":%.1f, \"dense\":%s, \"embed_seconds\":%.2f}",
          outcomes, threads, seconds, perSecond(), dense, embedSeconds);
    }
  }

  private AlignBenchmark() {}

  /**
   * Outcome texts from a CSV (optionally .gz) with an {@code outcome_text} column (the submission
   * template, or the shared outcome files).
   */
  public static List<String> readOutcomeTexts(Path csv) {
    try (Reader r =
            csv.toString().endsWith(".gz")
                ? new java.io.InputStreamReader(new GZIPInputStream(Files.newInputStream(csv)), StandardCharsets.UTF_8)
                : Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      List<String> out = new ArrayList<>();
      for (CSVRecord rec : p) {
        String t = rec.isMapped("outcome_text") ? rec.get("outcome_text") : "";
        if (!t.isBlank()) {
          out.add(t);
        }
      }
      if (out.isEmpty()) {
        throw new IllegalArgumentException("Cannot benchmark: no outcome_text values in " + csv);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read outcomes " + csv + ": " + e.getMessage(), e);
    }
  }

  /** Aligns {@code n} outcomes cycling through {@code texts}; warms up on the first 50 first. */
  public static Result run(CompetencyMatcher matcher, List<String> texts, int n, int topK, int threads) {
    List<Outcome> outcomes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      outcomes.add(
          new Outcome(i + 2, "bench", "B" + (i / 10), "bench", null, "", "O" + i,
              texts.get(i % texts.size()), "en", null, null, null, List.of(), List.of()));
    }
    AlignmentRun.alignAll("bench", outcomes.subList(0, Math.min(50, n)), l -> matcher, topK, threads);
    long t0 = System.nanoTime();
    List<Alignment> done = AlignmentRun.alignAll("bench", outcomes, l -> matcher, topK, threads);
    double s = (System.nanoTime() - t0) / 1e9;
    if (done.size() != n) {
      throw new IllegalStateException("Cannot benchmark: aligned " + done.size() + " of " + n);
    }
    return new Result(n, threads, s, matcher.hasDense(), matcher.hasDense() ? embedSeconds(outcomes, threads) : 0);
  }

  /** Seconds {@code threads} threads take to embed every outcome's text (the query side alone). */
  private static double embedSeconds(List<Outcome> outcomes, int threads) {
    long t0 = System.nanoTime();
    ParallelMap.map(outcomes, threads, o -> SentenceEmbedder.get().embed(o.outcomeText()), "benchmark");
    return (System.nanoTime() - t0) / 1e9;
  }

}
