package org.microcert.taxonomy.align;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.microcert.taxonomy.concurrent.ParallelMap;
import org.microcert.taxonomy.index.QueryVectorCache;
import org.microcert.taxonomy.index.QueryVectors;
import org.microcert.taxonomy.io.AtomicFiles;
import org.microcert.taxonomy.match.CompetencyMatcher;

/**
 * Alignment throughput: aligns {@code n} real outcome texts with top-K skills and explanations on
 * {@code threads} threads, as {@code align} does; with the dense side, also the query embeddings
 * alone and a re-run with the query vectors kept by the first run.
 */
public final class AlignBenchmark {

  /**
   * Figures of one run.
   *
   * @param distinctTexts distinct texts among the outcomes: {@code align} matches each once, so
   *     only these cost a match
   * @param first the alignment of texts never seen before (with the dense side: embedding each on
   *     the way, as a first {@code align} does)
   * @param embed the same threads embedding the same texts with MiniLM alone (the dense side's
   *     query cost, measured in a separate pass; {@link PassCost#NONE} for a lexical-only run)
   * @param rerun the same alignment again with the query vectors the first run kept on disk, as a
   *     re-run of {@code align} does ({@link PassCost#NONE} for a lexical-only run)
   */
  public record Result(
      int outcomes,
      int distinctTexts,
      int threads,
      boolean dense,
      PassCost first,
      PassCost embed,
      PassCost rerun) {

    /** Wall time of the first alignment. */
    public double seconds() {
      return first.wallSeconds();
    }

    /** Wall time of the embeddings alone. */
    public double embedSeconds() {
      return embed.wallSeconds();
    }

    /** Wall time of the re-run. */
    public double rerunSeconds() {
      return rerun.wallSeconds();
    }

    public double perSecond() {
      return outcomes / seconds();
    }

    /** One JSON object with fixed key order (CPU, JIT and GC seconds last; null if unknown). */
    public String toJson() {
      return String.format(
          Locale.ROOT,
          "{\"outcomes\":%d, \"distinct_texts\":%d, \"threads\":%d, \"seconds\":%.2f,"
              + " \"outcomes_per_second\":%.1f, \"dense\":%s, \"embed_seconds\":%.2f,"
              + " \"rerun_seconds\":%.2f, \"cpu_seconds\":%s, \"embed_cpu_seconds\":%s,"
              + " \"rerun_cpu_seconds\":%s, \"jit_seconds\":%s, \"compiler_cpu_seconds\":%s,"
              + " \"gc_seconds\":%s}",
          outcomes,
          distinctTexts,
          threads,
          seconds(),
          perSecond(),
          dense,
          embedSeconds(),
          rerunSeconds(),
          number(first.cpuSeconds()),
          number(embed.cpuSeconds()),
          number(rerun.cpuSeconds()),
          number(first.jitSeconds()),
          number(first.compilerCpuSeconds()),
          number(first.gcSeconds()));
    }

    private static String number(double v) {
      return Double.isNaN(v) ? "null" : String.format(Locale.ROOT, "%.2f", v);
    }
  }

  private AlignBenchmark() {}

  /**
   * The distinct outcome texts of CSV files (optionally .gz), in file and row order: the {@code
   * outcome_text} column (the submission template, the Glasgow/Deakin and Coursera files) or {@code
   * learning_outcome} (the Monash file); rows whose {@code lang} or {@code language} column names
   * another language than English are skipped.
   */
  public static List<String> readOutcomeTexts(List<Path> csvs) {
    Set<String> out = new LinkedHashSet<>();
    for (Path csv : csvs) {
      int before = out.size();
      readInto(csv, out);
      if (out.size() == before) {
        throw new IllegalArgumentException(
            "Cannot benchmark: no new English outcome_text or learning_outcome values in " + csv);
      }
    }
    return List.copyOf(out);
  }

  private static void readInto(Path csv, Set<String> out) {
    try (Reader r =
            csv.toString().endsWith(".gz")
                ? new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(csv)), StandardCharsets.UTF_8)
                : Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser p =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      String column =
          p.getHeaderMap().containsKey("outcome_text") ? "outcome_text" : "learning_outcome";
      String lang = p.getHeaderMap().containsKey("lang") ? "lang" : "language";
      for (CSVRecord rec : p) {
        String t = rec.isMapped(column) ? rec.get(column).strip() : "";
        String l = rec.isMapped(lang) ? rec.get(lang).strip() : "";
        if (!t.isEmpty() && (l.isEmpty() || l.equalsIgnoreCase("en"))) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read outcomes " + csv + ": " + e.getMessage(), e);
    }
  }

  /**
   * Aligns {@code n} outcomes cycling through {@code texts} (distinct), as {@code align} does;
   * warms up on 50 texts first. With fewer texts than {@code n}, the repeats share their first
   * occurrence's matches, as in {@code align}: give at least {@code n} texts to time {@code n}
   * matches.
   */
  public static Result run(
      CompetencyMatcher matcher, List<String> texts, int n, int topK, int threads) {
    List<Outcome> outcomes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      outcomes.add(
          new Outcome(
              i + 2,
              "bench",
              "B" + (i / 10),
              "bench",
              null,
              "",
              "O" + i,
              texts.get(i % texts.size()),
              "en",
              null,
              null,
              null,
              List.of(),
              List.of()));
    }
    AlignmentRun.alignAll(
        "bench",
        outcomes.subList(0, Math.min(50, n)),
        l -> matcher,
        topK,
        threads,
        QueryVectors.MINILM,
        m -> {});
    List<String> distinct = texts.subList(0, Math.min(n, texts.size()));
    if (!matcher.hasDense()) {
      return new Result(
          n,
          distinct.size(),
          threads,
          false,
          time(matcher, outcomes, topK, threads, QueryVectors.MINILM),
          PassCost.NONE,
          PassCost.NONE);
    }
    try {
      Path dir = Files.createTempDirectory("microcert-bench-vectors");
      Path file = dir.resolve("query-vectors.bin");
      try {
        PassCost.Meter m = PassCost.start();
        QueryVectorCache cold = QueryVectorCache.open(file);
        time(matcher, outcomes, topK, threads, cold);
        cold.save();
        PassCost first = m.stop();
        m = PassCost.start();
        QueryVectorCache warm = QueryVectorCache.open(file);
        time(matcher, outcomes, topK, threads, warm);
        PassCost rerun = m.stop();
        if (warm.misses() != 0) {
          throw new IllegalStateException(
              "Cannot benchmark: the re-run embedded " + warm.misses() + " texts again");
        }
        return new Result(
            n, distinct.size(), threads, true, first, embedCost(distinct, threads), rerun);
      } finally {
        AtomicFiles.deleteRecursively(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot benchmark: " + e.getMessage(), e);
    }
  }

  /** What one alignment of {@code outcomes} costs. */
  private static PassCost time(
      CompetencyMatcher matcher,
      List<Outcome> outcomes,
      int topK,
      int threads,
      QueryVectors vectors) {
    PassCost.Meter m = PassCost.start();
    List<Alignment> done =
        AlignmentRun.alignAll("bench", outcomes, l -> matcher, topK, threads, vectors, p -> {});
    PassCost cost = m.stop();
    if (done.size() != outcomes.size()) {
      throw new IllegalStateException(
          "Cannot benchmark: aligned " + done.size() + " of " + outcomes.size());
    }
    return cost;
  }

  /** What {@code threads} threads embedding the texts cost (the query side alone). */
  private static PassCost embedCost(List<String> texts, int threads) {
    PassCost.Meter m = PassCost.start();
    ParallelMap.map(texts, threads, QueryVectors.MINILM::vector, "benchmark");
    return m.stop();
  }
}
