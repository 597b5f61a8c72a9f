package org.microcert.pipelines.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.microcert.taxonomy.io.WarehouseLayout;

/**
 * A hand-checked warehouse: submission {@code demo} (alignments.jsonl under fixtures/relevance),
 * skill demand for region ALL (400 postings in 2025-02, 400 in 2025-01) and ON (100 in 2025-02),
 * the essential signal, and a 9-skill, 2-occupation ESCO subset.
 *
 * <p>Expected with the default config (see docs/relevance.md): S1 95.5 high, S2 53.0 moderate, S3
 * insufficient (2 postings), S8 22.9 emerging, S4 insufficient (no postings); credential C1 59.2
 * moderate, credential ../../etc/C2 insufficient; region gaps S5, S9, S6; pathways C1 → S5, S6, C2
 * → S9.
 */
final class RelevanceFixtures {

  static final String E = "http://data.europa.eu/esco/skill/";
  static final String O = "http://data.europa.eu/esco/occupation/";

  private RelevanceFixtures() {}

  static Path warehouse(SparkSession spark, Path root) throws IOException {
    Path alignments = root.resolve("alignments/demo/alignments.jsonl");
    Files.createDirectories(alignments.getParent());
    try (InputStream in =
        RelevanceFixtures.class.getResourceAsStream("/fixtures/relevance/alignments.jsonl")) {
      Files.copy(in, alignments);
    }
    List<Row> demand = new ArrayList<>();
    // period, region, group, skill, postings, total, share, prev, trend, ci_low, ci_high, breadth
    demand.add(d("2025-02", "ALL", "S1", 80, 400, 0.15, 0.05, 0.01, 0.09, 7));
    demand.add(d("2025-02", "ALL", "S2", 20, 400, 0.04, 0.01, -0.02, 0.04, 5));
    demand.add(d("2025-02", "ALL", "S3", 2, 400, 0.005, 0.0, -0.01, 0.01, 1));
    demand.add(d("2025-02", "ALL", "S8", 7, 400, 0.0055, 0.012, 0.002, 0.022, 2));
    demand.add(d("2025-02", "ALL", "S5", 30, 400, 0.07, 0.005, -0.03, 0.04, 8));
    demand.add(d("2025-02", "ALL", "S9", 10, 400, null, null, null, null, 3));
    demand.add(d("2025-02", "ALL", "S6", 6, 400, null, null, null, null, 2));
    demand.add(d("2025-02", "ALL", "S7", 1, 400, null, null, null, null, 1));
    demand.add(d("2025-01", "ALL", "S1", 60, 400, null, null, null, null, 6));
    demand.add(d("2025-01", "ALL", "S2", 16, 400, null, null, null, null, 4));
    demand.add(d("2025-01", "ALL", "S5", 28, 400, null, null, null, null, 7));
    demand.add(d("2025-02", "ON", "S1", 30, 100, null, null, null, null, 4));
    demand.add(d("2025-02", "ON", "S2", 5, 100, null, null, null, null, 2));
    write(
        spark,
        demand,
        RelevanceSchemas.SKILL_DEMAND,
        new WarehouseLayout(root).demandSkills(),
        true);

    List<Row> essential = new ArrayList<>();
    essential.add(RowFactory.create("2025-02", "ALL", E + "S1", 120L, 400L, 0.3));
    essential.add(RowFactory.create("2025-02", "ALL", E + "S2", 40L, 400L, 0.1));
    write(
        spark,
        essential,
        RelevanceSchemas.ESSENTIAL,
        new WarehouseLayout(root).demandEssential(),
        true);

    Path esco = new WarehouseLayout(root).escoRelease("v1.1.1", "en");
    List<Row> skills = new ArrayList<>();
    String[] labels = {
      "Python",
      "SQL",
      "statistics",
      "COBOL",
      "data visualisation",
      "data mining",
      "R",
      "dashboard design",
      "mainframe operations"
    };
    for (int i = 0; i < labels.length; i++) {
      skills.add(RowFactory.create(E + "S" + (i + 1), labels[i]));
    }
    write(spark, skills, RelevanceSchemas.SKILLS, esco.resolve("skills"), false);
    write(
        spark,
        List.of(
            RowFactory.create(O + "A", "data analyst"),
            RowFactory.create(O + "B", "mainframe developer")),
        RelevanceSchemas.OCCUPATIONS,
        esco.resolve("occupations"),
        false);
    List<Row> rel = new ArrayList<>();
    for (String s : new String[] {"S1", "S2", "S5", "S6"}) {
      rel.add(RowFactory.create(O + "A", "essential", E + s));
    }
    rel.add(RowFactory.create(O + "A", "optional", E + "S7"));
    rel.add(RowFactory.create(O + "B", "essential", E + "S4"));
    rel.add(RowFactory.create(O + "B", "essential", E + "S9"));
    write(
        spark,
        rel,
        RelevanceSchemas.OCCUPATION_SKILL_RELATIONS,
        esco.resolve("occupation_skill_relations"),
        false);
    return root;
  }

  private static Row d(
      String period,
      String region,
      String skill,
      long postings,
      long total,
      Double prev,
      Double trend,
      Double ciLow,
      Double ciHigh,
      long breadth) {
    return RowFactory.create(
        period,
        region,
        "ALL",
        E + skill,
        postings,
        total,
        (double) postings / total,
        prev,
        trend,
        ciLow,
        ciHigh,
        breadth);
  }

  private static void write(
      SparkSession spark, List<Row> rows, String ddl, Path dir, boolean byPeriod) {
    var df = spark.createDataFrame(rows, StructType.fromDDL(ddl));
    var w = df.coalesce(1).write();
    if (byPeriod) {
      w = w.partitionBy("period");
    }
    w.parquet(dir.toString());
  }
}
