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
import org.microcert.jobs.run.Steps;
import org.microcert.pipelines.spark.SparkSessions;
import org.microcert.pipelines.taxonomy.TaxonomyTables;
import org.microcert.taxonomy.InputRejectedException;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.diff.ConceptChange;
import org.microcert.taxonomy.diff.DiffResult;
import org.microcert.taxonomy.diff.FieldChange;
import org.microcert.taxonomy.diff.TaxonomyDiff;
import org.microcert.taxonomy.io.AtomicFiles;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The {@code diffReleases} step: compares two imported releases and writes the concepts added,
 * removed and changed as JSON ({@code changes.json}) and Parquet ({@code changes/}, one row per
 * changed field), published in one rename.
 */
public final class TaxonomyDiffTasklet implements Tasklet {

  static final StructType CHANGES_SCHEMA =
      StructType.fromDDL(
          "concept_type string, concept_uri string, change string, preferred_label string,"
              + " field string, old_value string, new_value string");

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final MicrocertSettings settings;
  private final Progress progress;

  public TaxonomyDiffTasklet(MicrocertSettings settings, Progress progress) {
    this.settings = settings;
    this.progress = progress;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk)
      throws IOException {
    diff(TaxonomyDiffParameters.from(Steps.jobParameters(chunk)));
    return RepeatStatus.FINISHED;
  }

  /** Compares the two releases and publishes the diff folder; returns that folder. */
  public Path diff(TaxonomyDiffParameters p) throws IOException {
    String lang = p.lang();
    TaxonomyWarehouse wh = new TaxonomyWarehouse(settings.warehouse());
    requireImported(wh, p.from(), lang);
    requireImported(wh, p.to(), lang);
    SparkSession spark =
        SparkSessions.getOrCreate(
            "microcert-taxonomy-diff", settings.sparkMaster(), settings.sparkConf());
    progress.phase("reading ESCO " + p.from() + "/" + lang + " and " + p.to() + "/" + lang);
    Taxonomy a = TaxonomyTables.read(wh.releaseDir(p.from(), lang), p.from(), lang);
    Taxonomy b = TaxonomyTables.read(wh.releaseDir(p.to(), lang), p.to(), lang);
    progress.phase("comparing");
    DiffResult result = TaxonomyDiff.compare(a, b);

    Path target = p.outputDir(settings.warehouse());
    Path staging = AtomicFiles.stagingDirFor(target);
    AtomicFiles.writeString(
        staging.resolve("changes.json"), JSON.writeValueAsString(toJson(result)) + "\n");
    List<Row> rows = new ArrayList<>();
    for (ConceptChange c : result.changes()) {
      if (c.fields().isEmpty()) {
        rows.add(
            RowFactory.create(
                c.conceptType(),
                c.conceptUri(),
                c.change().name(),
                c.preferredLabel(),
                null,
                null,
                null));
      }
      for (FieldChange f : c.fields()) {
        rows.add(
            RowFactory.create(
                c.conceptType(),
                c.conceptUri(),
                c.change().name(),
                c.preferredLabel(),
                f.field(),
                f.oldValue(),
                f.newValue()));
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
    return target;
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
    r.summary()
        .forEach(
            (type, counts) -> {
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
}
