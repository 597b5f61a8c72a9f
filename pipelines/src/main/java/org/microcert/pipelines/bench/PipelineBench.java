package org.microcert.pipelines.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.microcert.pipelines.demand.DemandPipeline;
import org.microcert.pipelines.postings.ExtractionModel;
import org.microcert.pipelines.postings.PostingsExtract;
import org.microcert.pipelines.postings.PostingsIngest;
import org.microcert.pipelines.postings.SourceMapping;
import org.microcert.pipelines.postings.Warehouse;
import org.microcert.pipelines.spark.SparkSessions;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.index.CompetencyIndex;
import org.microcert.taxonomy.index.CompetencyIndexWriter;
import org.microcert.taxonomy.index.DenseIndex;
import org.microcert.taxonomy.io.ConfigFiles;
import org.microcert.taxonomy.match.SentenceSkills;

/**
 * {@code bench pipeline}: builds N postings by resampling the real ones (distinct ids, dates spread
 * over 2023–2024, each text a random 60% of a real posting's lines plus 40% of another's, so that
 * texts differ) and runs ingest → extraction → demand end to end into a fresh warehouse, timing
 * each stage.
 */
public final class PipelineBench {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] REGIONS = {
    "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Nova Scotia"
  };
  private static final int FILES = 4;

  private PipelineBench() {}

  /**
   * Result.
   *
   * @param postings postings generated
   * @param seconds end-to-end seconds (ingest + extraction + demand; ESCO loading excluded)
   * @param perSecond postings per second
   * @param peakHeapMb peak heap in use during the three stages (sampled every 20 ms), MB
   */
  public record Result(long postings, double seconds, double perSecond, double peakHeapMb) {
    /** The JSON line. */
    public String json() {
      return String.format(
          Locale.ROOT,
          "{\"postings\":%d, \"seconds\":%.1f, \"per_s\":%.1f, \"peak_heap_mb\":%.0f}",
          postings,
          seconds,
          perSecond,
          peakHeapMb);
    }
  }

  /** Writes N resampled postings as {@value #FILES} gzip JSONL files in {@code dir}. */
  public static List<Path> generate(Path realPostings, int n, Path dir, long seed) {
    List<JsonNode> real = BenchData.readJsonLines(realPostings);
    Random random = new Random(seed);
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      List<Writer> writers = new ArrayList<>();
      for (int f = 0; f < FILES; f++) {
        Path p = dir.resolve(String.format(Locale.ROOT, "bench-%d.jsonl.gz", f));
        files.add(p);
        writers.add(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(p)), StandardCharsets.UTF_8));
      }
      LocalDate start = LocalDate.of(2023, 1, 1);
      for (int i = 0; i < n; i++) {
        JsonNode base = real.get(random.nextInt(real.size()));
        JsonNode other = real.get(random.nextInt(real.size()));
        // a random 60% of the base posting's lines (in order) and 40% of another's: texts stay
        // realistic but distinct, so de-duplication keeps them
        StringBuilder text = new StringBuilder();
        for (String line : base.path("text").asText("").split("\n")) {
          if (random.nextDouble() < 0.6) {
            text.append(line).append('\n');
          }
        }
        for (String line : other.path("text").asText("").split("\n")) {
          if (random.nextDouble() < 0.4) {
            text.append(line).append('\n');
          }
        }
        if (text.length() == 0) {
          text.append(base.path("text").asText("-"));
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("id", String.format(Locale.ROOT, "b%07d", i));
        o.put("source", "bench");
        o.put("title", base.path("title").asText(""));
        o.put("company", base.path("company").asText(""));
        o.put("location", base.path("location").asText(""));
        o.put("region", REGIONS[random.nextInt(REGIONS.length)]);
        o.put("country", "Canada");
        o.put("date_posted", start.plusDays(random.nextInt(730)).toString());
        o.put("url", "");
        o.put("text", text.toString());
        o.put("lang", base.path("lang").asText(""));
        Writer w = writers.get(i % FILES);
        w.write(JSON.writeValueAsString(o));
        w.write('\n');
      }
      for (Writer w : writers) {
        w.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write bench postings: " + e.getMessage(), e);
    }
    return files;
  }

  /**
   * Generates N postings and runs the three stages into a fresh warehouse under {@code work}; with
   * {@code sentenceSkills} other than OFF, extraction adds the matcher's sentence skills ({@link
   * ExtractionModel#withSkillMatcher}) over a competency index (and, for DENSE, its dense index)
   * built before the clock starts.
   */
  public static Result run(
      SparkSession spark,
      Taxonomy esco,
      Path confDir,
      Path realPostings,
      int n,
      Path work,
      SentenceSkills.Rules sentenceSkills,
      PrintStream out) {
    try {
      Warehouse.deleteTree(work);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Path> files = generate(realPostings, n, work.resolve("input"), 42L + n);
    Path warehouse = work.resolve("warehouse");
    SourceMapping mapping = SourceMapping.load(confDir, "shared");
    ExtractionModel model = ExtractionModel.fromTaxonomy(esco);
    if (sentenceSkills != SentenceSkills.Rules.OFF) {
      // the sentence skills match against the release's competency index: built here, before the
      // clock starts (an import builds it once per release). One index per run, not one per
      // command: the JVM's sentence memo is kept per index, so each run starts it cold and the
      // scaling ratio compares like with like.
      Path index = work.resolve("index");
      CompetencyIndexWriter.write(esco, index);
      boolean dense = sentenceSkills == SentenceSkills.Rules.DENSE;
      if (dense) {
        try (CompetencyIndex open = CompetencyIndex.open(index);
            DenseIndex built =
                DenseIndex.openOrBuild(open, DenseIndex.defaultDir(index), m -> {})) {
          out.println("dense index built: " + built.size() + " label vectors");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      model = model.withSkillMatcher(index, dense);
    }
    System.gc();
    long t0;
    long t1;
    long t2;
    long t3;
    PostingsIngest.Counts ingest;
    PostingsExtract.Counts extract;
    DemandPipeline.Counts demand;
    double peakHeapMb;
    try (HeapSampler heap = new HeapSampler()) {
      t0 = System.nanoTime();
      ingest =
          PostingsIngest.run(spark, new PostingsIngest.Config(warehouse, files, "jsonl", mapping));
      t1 = System.nanoTime();
      extract = PostingsExtract.run(spark, warehouse, model);
      t2 = System.nanoTime();
      demand =
          DemandPipeline.run(
              spark,
              warehouse,
              DemandPipeline.Granularity.MONTH,
              DemandPipeline.essentialRelations(spark, esco));
      t3 = System.nanoTime();
      peakHeapMb = heap.peakMb();
    }
    double seconds = (t3 - t0) / 1e9;
    Result r = new Result(n, seconds, n / seconds, peakHeapMb);
    out.printf(
        Locale.ROOT, "[%d postings] ingest %.1f s (%s)%n", n, (t1 - t0) / 1e9, ingest.summary());
    out.printf(
        Locale.ROOT,
        "[%d postings] extraction %.1f s (%d postings, %d mentions, %d titles coded)%n",
        n,
        (t2 - t1) / 1e9,
        extract.postings(),
        extract.mentions(),
        extract.titled());
    out.printf(
        Locale.ROOT,
        "[%d postings] demand %.1f s (%d skill rows, %d occupation rows, %d essential rows)%n",
        n,
        (t3 - t2) / 1e9,
        demand.skillRows(),
        demand.occupationRows(),
        demand.essentialRows());
    out.printf(
        Locale.ROOT,
        "[%d postings] total %.1f s, %.0f postings/s, peak heap %.0f MB%n",
        n,
        seconds,
        r.perSecond(),
        r.peakHeapMb());
    return r;
  }

  /**
   * {@code PipelineBench [--postings N] [--small N] [--master URL] [--work DIR] [--conf DIR]
   * [--esco DIR] [--input FILE]}: runs {@code --small} (default N/10) then N; the last line is N's
   * JSON.
   */
  public static void main(String[] args) {
    int n = 100_000;
    Integer small = null;
    String master = null;
    Path work = Path.of("target/bench-pipeline");
    Path conf = ConfigFiles.standard().dirFor("sources");
    Path esco = Path.of("/work/shared/data/esco");
    Path input = Path.of("/work/shared/data/postings/postings_all.jsonl.gz");
    SentenceSkills.Rules sentenceSkills = SentenceSkills.Rules.OFF;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--postings" -> n = Integer.parseInt(args[++i]);
        case "--small" -> small = Integer.parseInt(args[++i]);
        case "--master" -> master = args[++i];
        case "--work" -> work = Path.of(args[++i]);
        case "--conf" -> conf = Path.of(args[++i]);
        case "--esco" -> esco = Path.of(args[++i]);
        case "--input" -> input = Path.of(args[++i]);
        case "--sentence-skills" -> sentenceSkills = SentenceSkills.Rules.LEXICAL;
        case "--sentence-skills=dense" -> sentenceSkills = SentenceSkills.Rules.DENSE;
        default -> throw new IllegalArgumentException("Cannot parse argument: " + args[i]);
      }
    }
    SparkSession spark = SparkSessions.getOrCreate("microcert-bench-pipeline", master, Map.of());
    spark.sparkContext().setLogLevel("WARN");
    Taxonomy taxonomy = BenchData.esco(esco);
    int smallN = small != null ? small : Math.max(1, n / 10);
    Result a =
        smallN > 0 && smallN != n
            ? run(
                spark,
                taxonomy,
                conf,
                input,
                smallN,
                work.resolve("small"),
                sentenceSkills,
                System.out)
            : null;
    Result b =
        run(spark, taxonomy, conf, input, n, work.resolve("full"), sentenceSkills, System.out);
    if (a != null) {
      System.out.printf(
          Locale.ROOT,
          "scaling %d → %d postings: time x%.2f for x%.1f postings%n",
          a.postings(),
          b.postings(),
          b.seconds() / a.seconds(),
          b.postings() / (double) a.postings());
      System.out.println(a.json());
    }
    System.out.println(b.json());
    spark.stop();
  }
}
