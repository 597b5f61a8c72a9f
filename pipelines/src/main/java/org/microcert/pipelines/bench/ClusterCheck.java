package org.microcert.pipelines.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.microcert.pipelines.align.SparkAligner;
import org.microcert.pipelines.demand.DemandPipeline;
import org.microcert.pipelines.postings.ExtractionModel;
import org.microcert.pipelines.postings.PostingsExtract;
import org.microcert.pipelines.postings.PostingsIngest;
import org.microcert.pipelines.postings.SourceMapping;
import org.microcert.pipelines.postings.Warehouse;
import org.microcert.pipelines.spark.Columns;
import org.microcert.pipelines.spark.SparkSessions;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.align.AlignmentRun;
import org.microcert.taxonomy.index.CompetencyIndexWriter;
import org.microcert.taxonomy.io.ConfigFiles;
import org.microcert.taxonomy.io.Digests;
import org.microcert.taxonomy.io.WarehouseLayout;

/**
 * Runs ingest → extraction → demand → alignment against one Spark master and dumps every output
 * row, sorted, as text (each alignment file also by its SHA-256 and line count): {@code
 * bin/spark-cluster-test} runs it on {@code local[2]} and on a standalone cluster and compares the
 * dumps.
 *
 * <p>{@code ClusterCheck --master URL --work DIR --out FILE [--input FILE...] [--conf DIR] [--esco
 * DIR] [--submission FILE...] [--real-outcomes N] [--index DIR] [--dense]}: submissions (and the
 * first N Glasgow/Deakin outcomes of {@code <esco>/../outcomes/}) are aligned ({@link
 * SparkAligner}) against the competency index in {@code --index} (read only; default: a lexical
 * index of the ESCO release written under the work folder), with MiniLM and a query vector cache
 * under the work folder when {@code --dense}.
 */
public final class ClusterCheck {

  private ClusterCheck() {}

  public static void main(String[] args) throws IOException {
    String master = null;
    Path work = null;
    Path out = null;
    Path conf = ConfigFiles.standard().dirFor("sources");
    Path esco = Path.of("/work/shared/data/esco");
    List<Path> inputs = new ArrayList<>();
    List<Path> submissions = new ArrayList<>();
    Path index = null;
    boolean dense = false;
    int realOutcomes = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--master" -> master = args[++i];
        case "--work" -> work = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--input" -> inputs.add(Path.of(args[++i]));
        case "--conf" -> conf = Path.of(args[++i]);
        case "--esco" -> esco = Path.of(args[++i]);
        case "--submission" -> submissions.add(Path.of(args[++i]));
        case "--index" -> index = Path.of(args[++i]);
        case "--dense" -> dense = true;
        case "--real-outcomes" -> realOutcomes = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("Cannot parse argument: " + args[i]);
      }
    }
    if (master == null || work == null || out == null || inputs.isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot run: --master, --work, --out and --input are required");
    }
    Warehouse.deleteTree(work);
    SparkSession spark = SparkSessions.getOrCreate("microcert-cluster-check", master, Map.of());
    spark.sparkContext().setLogLevel("WARN");
    Taxonomy taxonomy = BenchData.esco(esco);
    PostingsIngest.Counts c =
        PostingsIngest.run(
            spark,
            new PostingsIngest.Config(work, inputs, null, SourceMapping.load(conf, "shared")));
    PostingsExtract.run(spark, work, ExtractionModel.fromTaxonomy(taxonomy));
    DemandPipeline.run(
        spark,
        work,
        DemandPipeline.Granularity.MONTH,
        DemandPipeline.essentialRelations(spark, taxonomy));
    List<String> lines = new ArrayList<>();
    lines.add("# ingest: " + c.summary());
    if (realOutcomes > 0) {
      submissions.add(
          OutcomeSamples.glasgowDeakin(
              esco.getParent().resolve("outcomes").resolve(OutcomeSamples.GLASGOW_DEAKIN),
              realOutcomes,
              work.resolve("submissions/glasgow-deakin-" + realOutcomes + ".csv")));
    }
    if (!submissions.isEmpty()) {
      lines.addAll(align(spark, work, taxonomy, submissions, index, dense));
    }
    WarehouseLayout layout = new WarehouseLayout(work);
    List<Path> tables =
        List.of(
            layout.postings(),
            layout.mentions(),
            layout.titles(),
            layout.demandSkills(),
            layout.demandOccupations(),
            layout.demandEssential());
    for (Path tablePath : tables) {
      String table = work.relativize(tablePath).toString();
      var d = spark.read().parquet(tablePath.toString());
      if (table.equals("postings")) {
        d = d.drop("text", "minhash");
      }
      String[] cols = d.columns();
      Arrays.sort(cols);
      for (Row r : d.select(Columns.of(cols)).collectAsList()) {
        lines.add(table + "\t" + r.mkString("\t"));
      }
    }
    lines.sort(null);
    try {
      Files.write(out, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    spark.stop();
  }

  /** Aligns each submission; the lines describing the three files of each. */
  private static List<String> align(
      SparkSession spark,
      Path work,
      Taxonomy taxonomy,
      List<Path> submissions,
      Path index,
      boolean dense)
      throws IOException {
    Path dir = index;
    if (dir == null) {
      dir = work.resolve("esco-index");
      CompetencyIndexWriter.write(taxonomy, dir);
    }
    Path indexDir = dir;
    Path vectors = dense ? new WarehouseLayout(work).queryVectorCache() : null;
    SparkAligner aligner =
        new SparkAligner(
            () -> spark,
            l -> l.equals("en") ? indexDir : null,
            dense,
            vectors,
            5,
            0,
            System.err::println);
    List<String> lines = new ArrayList<>();
    for (Path submission : submissions) {
      String id = AlignmentRun.submissionId(submission);
      Path out = new WarehouseLayout(work).alignments().resolve(id);
      AlignmentRun.Summary s = AlignmentRun.run(submission, out, id, aligner);
      lines.add("# align " + id + ": " + s.rows() + " rows, " + s.aligned() + " aligned");
      for (String f : List.of(AlignmentRun.JSONL, AlignmentRun.CSV, AlignmentRun.REJECTS)) {
        Path file = out.resolve(f);
        List<String> content = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.add(
            "align/"
                + id
                + "/"
                + f
                + "\tsha256="
                + Digests.sha256OfFile(file)
                + "\tlines="
                + content.size());
        for (String l : content) {
          lines.add("align/" + id + "/" + f + "\t" + l);
        }
      }
    }
    return lines;
  }
}
