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
import org.microcert.pipelines.demand.DemandPipeline;
import org.microcert.pipelines.postings.ExtractionModel;
import org.microcert.pipelines.postings.PostingsExtract;
import org.microcert.pipelines.postings.PostingsIngest;
import org.microcert.pipelines.postings.SourceMapping;
import org.microcert.pipelines.postings.Warehouse;
import org.microcert.pipelines.spark.Columns;
import org.microcert.pipelines.spark.SparkSessions;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.io.ConfigFiles;
import org.microcert.taxonomy.io.WarehouseLayout;

/**
 * Runs ingest → extraction → demand against one Spark master and dumps every demand row, sorted, as
 * text: {@code bin/spark-cluster-test} runs it on {@code local[2]} and on a standalone cluster and
 * compares the dumps.
 *
 * <p>{@code ClusterCheck --master URL --work DIR --out FILE [--input FILE...] [--conf DIR] [--esco
 * DIR]}
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
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--master" -> master = args[++i];
        case "--work" -> work = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--input" -> inputs.add(Path.of(args[++i]));
        case "--conf" -> conf = Path.of(args[++i]);
        case "--esco" -> esco = Path.of(args[++i]);
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
}
