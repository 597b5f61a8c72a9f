package org.microcert.pipelines.relevance;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.microcert.taxonomy.io.WarehouseLayout;

/** Locates and reads the warehouse tables of a relevance run, failing clearly when absent. */
final class RelevanceInputs {

  private final SparkSession spark;
  private final RelevanceRequest request;

  RelevanceInputs(SparkSession spark, RelevanceRequest request) {
    this.spark = spark;
    this.request = request;
  }

  /**
   * Fails with a clear message, before any Spark work, when a required input is absent.
   *
   * @throws RelevanceDataException naming the missing file or folder
   */
  static void check(RelevanceRequest request) {
    alignmentsFile(request);
    demandDir(request);
    for (String t : new String[] {"skills", "occupations", "occupation_skill_relations"}) {
      escoTable(request, t);
    }
  }

  /** An ESCO table folder of the release in use ({@link WarehouseLayout#escoTable}). */
  static Path escoTable(RelevanceRequest request, String name) {
    Path p = taxonomyDir(request).resolve(name);
    if (!Files.isDirectory(p)) {
      throw new RelevanceDataException(
          "Cannot score relevance: missing ESCO table " + p + " (run the taxonomy import first)");
    }
    return p;
  }

  static Path alignmentsFile(RelevanceRequest request) {
    Path file =
        SafeNames.existingChild(layout(request).alignments(), request.submissionId())
            .resolve("alignments.jsonl");
    if (!Files.isRegularFile(file)) {
      throw new RelevanceDataException(
          "Cannot score relevance: no submission '"
              + request.submissionId()
              + "' (missing "
              + file
              + "; run align first)");
    }
    return file;
  }

  static Path demandDir(RelevanceRequest request) {
    Path dir = layout(request).demandSkills();
    if (!Files.isDirectory(dir)) {
      throw new RelevanceDataException(
          "Cannot score relevance: missing table " + dir + " (run the demand pipeline first)");
    }
    return dir;
  }

  Dataset<Row> alignments() {
    return spark
        .read()
        .schema(RelevanceSchemas.ALIGNMENTS)
        .option("mode", "FAILFAST")
        .json(alignmentsFile(request).toString());
  }

  Dataset<Row> skillDemand() {
    return parquet(demandDir(request), RelevanceSchemas.SKILL_DEMAND);
  }

  /** The essential-skill signal, or {@code null} when the warehouse has none. */
  Dataset<Row> essentialOrNull() {
    Path dir = layout(request).demandEssential();
    return Files.isDirectory(dir) ? parquet(dir, RelevanceSchemas.ESSENTIAL) : null;
  }

  Dataset<Row> emptyEssential() {
    return spark.createDataFrame(List.of(), StructType.fromDDL(RelevanceSchemas.ESSENTIAL));
  }

  Dataset<Row> skills() {
    return parquet(escoTable(request, "skills"), RelevanceSchemas.SKILLS);
  }

  Dataset<Row> occupations() {
    return parquet(escoTable(request, "occupations"), RelevanceSchemas.OCCUPATIONS);
  }

  Dataset<Row> relations() {
    return parquet(
        escoTable(request, "occupation_skill_relations"),
        RelevanceSchemas.OCCUPATION_SKILL_RELATIONS);
  }

  /** The requested period, or the latest monthly one (else latest of any kind) of the region. */
  String period(Dataset<Row> skillDemand) {
    Dataset<Row> inRegion =
        skillDemand.filter(
            col("region").equalTo(request.region()).and(col("occupation_group").equalTo("ALL")));
    List<String> periods =
        inRegion
            .select("period")
            .distinct()
            .orderBy("period")
            .as(Encoders.STRING())
            .collectAsList();
    if (periods.isEmpty()) {
      List<String> regions =
          skillDemand
              .select("region")
              .distinct()
              .orderBy("region")
              .as(Encoders.STRING())
              .collectAsList();
      throw new RelevanceDataException(
          "Cannot score relevance: no demand data for region '"
              + request.region()
              + "' (regions with data: "
              + String.join(", ", regions)
              + ")");
    }
    if (request.period() != null) {
      if (!periods.contains(request.period())) {
        throw new RelevanceDataException(
            "Cannot score relevance: no demand data for period '"
                + request.period()
                + "' in region '"
                + request.region()
                + "' (periods with data: "
                + String.join(", ", periods)
                + ")");
      }
      return request.period();
    }
    List<String> monthly = periods.stream().filter(p -> p.matches("\\d{4}-\\d{2}")).toList();
    List<String> pick = monthly.isEmpty() ? periods : monthly;
    return pick.get(pick.size() - 1);
  }

  /**
   * The ESCO release folder: the requested version, else the newest imported one (versions compared
   * as numbers, {@link WarehouseLayout#VERSION_ORDER}) that has the request's language.
   */
  static Path taxonomyDir(RelevanceRequest request) {
    WarehouseLayout layout = layout(request);
    String language = SafeNames.fileName(request.language());
    String version = request.escoVersion();
    if (version == null) {
      version =
          layout
              .latestEscoVersion(language)
              .orElseThrow(
                  () ->
                      new RelevanceDataException(
                          "Cannot score relevance: no ESCO tables in language '"
                              + request.language()
                              + "' under "
                              + layout.escoReleases()
                              + " (run the taxonomy import first)"));
    }
    Path dir = layout.escoRelease(SafeNames.fileName(version), language);
    if (!Files.isDirectory(dir)) {
      throw new RelevanceDataException("Cannot score relevance: no ESCO tables in " + dir);
    }
    return dir;
  }

  private static WarehouseLayout layout(RelevanceRequest request) {
    return new WarehouseLayout(request.warehouse());
  }

  private Dataset<Row> parquet(Path dir, String ddl) {
    if (!Files.isDirectory(dir)) {
      throw new RelevanceDataException("Cannot score relevance: missing table " + dir);
    }
    return spark.read().schema(ddl).parquet(dir.toString());
  }
}
