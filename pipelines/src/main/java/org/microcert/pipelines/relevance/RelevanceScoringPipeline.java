package org.microcert.pipelines.relevance;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.microcert.taxonomy.io.AtomicFiles;
import org.microcert.taxonomy.io.IoReasons;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores a submission's relevance and writes {@code warehouse/relevance/<id>/}: Parquet tables
 * {@code competencies}, {@code outcomes}, {@code credentials}, {@code region_gaps}, {@code
 * target_occupations}, {@code pathways}, {@code trends}, and the same content in one {@code
 * relevance.json} (deterministic: sorted rows, fixed field order).
 */
public final class RelevanceScoringPipeline {

  private static final Logger LOG = LoggerFactory.getLogger(RelevanceScoringPipeline.class);

  /** Table name → sort keys; also the order of the tables in {@code relevance.json}. */
  static final Map<String, String[]> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("credentials", new String[] {"credential_code"});
    TABLES.put("outcomes", new String[] {"credential_code", "outcome_id"});
    TABLES.put("competencies", new String[] {"credential_code", "outcome_id", "rank", "skill_uri"});
    TABLES.put("region_gaps", new String[] {"postings DESC", "skill_uri"});
    TABLES.put("target_occupations", new String[] {"credential_code", "occupation_rank"});
    TABLES.put("pathways", new String[] {"credential_code", "suggestion_rank"});
    TABLES.put("trends", new String[] {"skill_uri", "period"});
  }

  private RelevanceScoringPipeline() {}

  /**
   * Runs the scoring for one submission.
   *
   * @throws RelevanceDataException when the submission, the region/period's demand data or the ESCO
   *     tables are absent
   */
  public static RelevanceResult run(SparkSession spark, RelevanceRequest request) {
    checkInputs(request);
    RelevanceConfig cfg = request.config();
    RelevanceInputs in = new RelevanceInputs(spark, request);
    Dataset<Row> alignments = in.alignments().cache();
    if (alignments.isEmpty()) {
      throw new RelevanceDataException(
          "Cannot score relevance: submission '" + request.submissionId() + "' has no outcomes");
    }
    Dataset<Row> skillDemand = in.skillDemand();
    String period = in.period(skillDemand);
    String region = request.region();
    Dataset<Row> demand = RelevanceTransforms.demandSlice(skillDemand, region, period).cache();
    long total = totalPostings(demand);
    Dataset<Row> essentialTable = in.essentialOrNull();
    Dataset<Row> essential =
        RelevanceTransforms.essentialSlice(
            essentialTable != null ? essentialTable : in.emptyEssential(), region, period);
    Dataset<Row> skills = in.skills();
    Dataset<Row> relations = in.relations();

    Dataset<Row> aligned = RelevanceTransforms.alignedCompetencies(alignments, cfg).cache();
    Dataset<Row> competencies =
        RelevanceTransforms.scoreCompetencies(
                aligned, demand, essential, total, region, period, cfg)
            .cache();
    Dataset<Row> outcomes =
        RelevanceTransforms.scoreOutcomes(RelevanceTransforms.outcomes(alignments), competencies);
    Dataset<Row> targets =
        RelevanceTransforms.targetOccupations(aligned, relations, in.occupations(), cfg).cache();

    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put("credentials", RelevanceTransforms.scoreCredentials(outcomes, competencies, cfg));
    tables.put("outcomes", outcomes);
    tables.put("competencies", competencies.drop("alignment_component"));
    tables.put("region_gaps", RelevanceTransforms.regionGaps(demand, aligned, skills, cfg));
    tables.put("target_occupations", targets);
    tables.put(
        "pathways", RelevanceTransforms.pathways(targets, relations, demand, aligned, skills, cfg));
    tables.put(
        "trends", RelevanceTransforms.demandTrends(skillDemand, competencies, region, period, cfg));

    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("submission_id", request.submissionId());
    meta.put("region", region);
    meta.put("period", period);
    meta.put("total_postings", total);
    meta.put("essential_signal", essentialTable != null);
    meta.put("config", cfg);

    Path out = request.outputDir();
    Path tmp = out.resolveSibling("." + out.getFileName() + ".tmp");
    Map<String, List<Row>> rows = new LinkedHashMap<>();
    try {
      deleteTree(tmp);
      Files.createDirectories(tmp);
      for (Map.Entry<String, Dataset<Row>> t : tables.entrySet()) {
        // Computed once: collected (the tables are per submission, small), then written from
        // the driver's rows as one sorted Parquet file.
        Dataset<Row> sorted = t.getValue().orderBy(sortColumns(TABLES.get(t.getKey())));
        List<Row> collected = sorted.collectAsList();
        spark
            .createDataFrame(collected, sorted.schema())
            .coalesce(1)
            .write()
            .parquet(tmp.resolve(t.getKey()).toString());
        rows.put(t.getKey(), collected);
      }
      RelevanceJson.write(tmp.resolve("relevance.json"), meta, tables, rows);
      replace(tmp, out);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write relevance output " + out + ": " + IoReasons.of(e), e);
    } finally {
      alignments.unpersist();
      demand.unpersist();
      aligned.unpersist();
      competencies.unpersist();
      targets.unpersist();
    }
    List<Row> comp = rows.get("competencies");
    long insufficient = comp.stream().filter(r -> r.isNullAt(r.fieldIndex("score"))).count();
    RelevanceResult result =
        new RelevanceResult(
            out,
            region,
            period,
            total,
            comp.size(),
            insufficient,
            rows.get("credentials").size(),
            rows.get("region_gaps").size(),
            rows.get("pathways").size());
    LOG.info("Relevance of {}: {}", request.submissionId(), result);
    return result;
  }

  /**
   * Checks, without Spark, that the submission's alignments, the skill demand table and the ESCO
   * tables exist (call it before starting a session to fail fast).
   *
   * @throws RelevanceDataException naming what is missing
   */
  public static void checkInputs(RelevanceRequest request) {
    RelevanceInputs.check(request);
  }

  private static long totalPostings(Dataset<Row> demand) {
    List<Row> t = demand.select(max(col("total_postings"))).collectAsList();
    return t.isEmpty() || t.get(0).isNullAt(0) ? 0L : t.get(0).getLong(0);
  }

  private static Column[] sortColumns(String[] keys) {
    Column[] cols = new Column[keys.length];
    for (int i = 0; i < keys.length; i++) {
      cols[i] =
          keys[i].endsWith(" DESC")
              ? col(keys[i].substring(0, keys[i].length() - 5)).desc()
              : col(keys[i]).asc();
    }
    return cols;
  }

  private static void replace(Path tmp, Path out) throws IOException {
    Path old = out.resolveSibling("." + out.getFileName() + ".old");
    deleteTree(old);
    if (Files.exists(out)) {
      Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
    deleteTree(old);
  }

  static void deleteTree(Path dir) throws IOException {
    AtomicFiles.deleteRecursively(dir);
  }
}
