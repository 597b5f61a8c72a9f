package org.microcert.jobs.taxonomy;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.Progress;
import org.microcert.pipelines.spark.SparkSessions;
import org.microcert.pipelines.taxonomy.TaxonomyTables;
import org.microcert.taxonomy.InputRejectedException;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.diff.ChangeKind;
import org.microcert.taxonomy.diff.ConceptChange;
import org.microcert.taxonomy.diff.DiffResult;
import org.microcert.taxonomy.diff.FieldChange;
import org.microcert.taxonomy.diff.TaxonomyDiff;
import org.microcert.taxonomy.io.AtomicFiles;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code taxonomyDiffJob}: compares two imported releases and writes the concepts added,
 * removed and changed as JSON ({@code changes.json}) and Parquet ({@code changes/}, one row per
 * changed field) under {@code taxonomy/diff/<from>__<to>/<lang>/}.
 */
@Configuration
public class TaxonomyDiffJobConfiguration {

  public static final String JOB_NAME = "taxonomyDiffJob";

  static final StructType CHANGES_SCHEMA =
      StructType.fromDDL(
          "concept_type string, concept_uri string, change string, preferred_label string,"
              + " field string, old_value string, new_value string");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Bean(name = JOB_NAME)
  public Job taxonomyDiffJob(
      JobRepository repo, PlatformTransactionManager tm, MicrocertSettings settings, Progress progress) {
    return new JobBuilder(JOB_NAME, repo)
        .start(
            new StepBuilder("diffReleases", repo)
                .tasklet(
                    (contribution, chunk) -> {
                      var p = chunk.getStepContext().getStepExecution().getJobParameters();
                      diff(settings, progress, p.getString("from"), p.getString("to"), p.getString("lang"));
                      return RepeatStatus.FINISHED;
                    },
                    tm)
                .build())
        .build();
  }

  /** Output folder of a diff. */
  static Path diffDir(Path warehouse, String from, String to, String lang) {
    return warehouse.resolve("taxonomy").resolve("diff").resolve(from + "__" + to).resolve(lang);
  }

  static void diff(MicrocertSettings settings, Progress progress, String from, String to, String lang)
      throws IOException {
    TaxonomyWarehouse wh = new TaxonomyWarehouse(settings.warehouse());
    requireImported(wh, from, lang);
    requireImported(wh, to, lang);
    SparkSession spark =
        SparkSessions.getOrCreate("microcert-taxonomy-diff", settings.sparkMaster(), settings.sparkConf());
    progress.phase("reading ESCO " + from + "/" + lang + " and " + to + "/" + lang);
    Taxonomy a = TaxonomyTables.read(wh.releaseDir(from, lang), from, lang);
    Taxonomy b = TaxonomyTables.read(wh.releaseDir(to, lang), to, lang);
    progress.phase("comparing");
    DiffResult result = TaxonomyDiff.compare(a, b);

    Path target = diffDir(settings.warehouse(), from, to, lang);
    Path staging = AtomicFiles.stagingDirFor(target);
    AtomicFiles.writeString(staging.resolve("changes.json"), JSON.writeValueAsString(toJson(result)) + "\n");
    List<Row> rows = new ArrayList<>();
    for (ConceptChange c : result.changes()) {
      if (c.fields().isEmpty()) {
        rows.add(RowFactory.create(c.conceptType(), c.conceptUri(), c.change().name(), c.preferredLabel(), null, null, null));
      }
      for (FieldChange f : c.fields()) {
        rows.add(
            RowFactory.create(
                c.conceptType(), c.conceptUri(), c.change().name(), c.preferredLabel(), f.field(), f.oldValue(), f.newValue()));
      }
    }
    spark
        .createDataFrame(rows, CHANGES_SCHEMA)
        .coalesce(1)
        .sortWithinPartitions(col("concept_type"), col("concept_uri"), col("field"))
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(staging.resolve("changes").toString());
    AtomicFiles.publish(staging, target);
    progress.info("wrote " + target);
  }

  private static void requireImported(TaxonomyWarehouse wh, String version, String lang) {
    if (wh.manifest(version, lang).isEmpty()) {
      List<String> have =
          wh.manifests().stream().map(m -> m.version() + "/" + m.language()).toList();
      throw new InputRejectedException(
          "Cannot diff ESCO releases: "
              + version
              + "/"
              + lang
              + " is not imported (imported: "
              + (have.isEmpty() ? "none" : String.join(", ", have))
              + "); run 'microcert taxonomy import --esco DIR' first");
    }
  }

  private static Map<String, Object> toJson(DiffResult r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("from", r.fromVersion());
    out.put("to", r.toVersion());
    out.put("language", r.language());
    Map<String, Object> summary = new LinkedHashMap<>();
    r.summary().forEach((type, counts) -> {
      Map<String, Long> m = new LinkedHashMap<>();
      counts.forEach((k, v) -> m.put(k.name().toLowerCase(Locale.ROOT), v));
      summary.put(type, m);
    });
    out.put("summary", summary);
    List<Map<String, Object>> changes = new ArrayList<>();
    for (ConceptChange c : r.changes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("concept_type", c.conceptType());
      m.put("concept_uri", c.conceptUri());
      m.put("change", c.change().name().toLowerCase(Locale.ROOT));
      m.put("preferred_label", c.preferredLabel());
      List<Map<String, String>> fields = new ArrayList<>();
      for (FieldChange f : c.fields()) {
        Map<String, String> fm = new LinkedHashMap<>();
        fm.put("field", f.field());
        fm.put("old", f.oldValue());
        fm.put("new", f.newValue());
        fields.add(fm);
      }
      m.put("fields", fields);
      changes.add(m);
    }
    out.put("changes", changes);
    return out;
  }

  /** Prints the summary table and the first {@code limit} changes of each kind. */
  static void printTable(java.io.PrintWriter out, Path diffJson, int limit) throws IOException {
    var root = JSON.readTree(diffJson.toFile());
    out.printf("ESCO %s -> %s (%s)%n%n", root.get("from").asText(), root.get("to").asText(), root.get("language").asText());
    String fmt = "%-12s %8s %8s %8s%n";
    out.printf(fmt, "TYPE", "ADDED", "REMOVED", "CHANGED");
    root.get("summary").properties().iterator().forEachRemaining(e ->
        out.printf(fmt, e.getKey(), e.getValue().get("added").asLong(), e.getValue().get("removed").asLong(), e.getValue().get("changed").asLong()));
    for (ChangeKind kind : ChangeKind.values()) {
      String k = kind.name().toLowerCase(Locale.ROOT);
      List<com.fasterxml.jackson.databind.JsonNode> of = new ArrayList<>();
      root.get("changes").forEach(c -> { if (c.get("change").asText().equals(k)) of.add(c); });
      if (of.isEmpty()) {
        continue;
      }
      out.printf("%n%s (%d; first %d):%n", k.toUpperCase(Locale.ROOT), of.size(), Math.min(limit, of.size()));
      for (var c : of.subList(0, Math.min(limit, of.size()))) {
        StringBuilder fields = new StringBuilder();
        c.get("fields").forEach(f -> fields.append(fields.length() == 0 ? "" : ", ").append(f.get("field").asText()));
        out.printf("  %-11s %-40s %s%s%n", c.get("concept_type").asText(), truncate(c.get("preferred_label").asText(), 40),
            c.get("concept_uri").asText(), fields.length() == 0 ? "" : "  [" + fields + "]");
      }
    }
    out.flush();
  }

  private static String truncate(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
