package org.microcert.jobs.taxonomy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.EscoReleaseUsed;
import org.microcert.jobs.run.Progress;
import org.microcert.jobs.run.Steps;
import org.microcert.pipelines.taxonomy.TaxonomySchemas;
import org.microcert.pipelines.taxonomy.TaxonomyTables;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.esco.EscoCsvLoader;
import org.microcert.taxonomy.esco.EscoLoadResult;
import org.microcert.taxonomy.index.CompetencyIndexWriter;
import org.microcert.taxonomy.io.AtomicFiles;
import org.microcert.taxonomy.io.RejectsFile;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The import job's four tasklets ({@link #load}, {@link #writeTables}, {@link #buildIndex}, {@link
 * #publish}), one method each; they need Spring Batch's step context but no Spring application
 * context. State that must survive a restart (staging folder, version, language) lives in the job's
 * execution context; the parsed release is kept in memory and re-read from the CSV files if a
 * restarted run needs it.
 */
public final class TaxonomyImportSteps {

  private static final String STAGING = "staging";
  private static final String VERSION = "version";
  private static final String LANG = "lang";
  private static final String NOOP = "noop";

  private final TaxonomyWarehouse warehouse;
  private final MicrocertSettings settings;
  private final Progress progress;
  private EscoLoadResult loaded;

  public TaxonomyImportSteps(
      TaxonomyWarehouse warehouse, MicrocertSettings settings, Progress progress) {
    this.warehouse = warehouse;
    this.settings = settings;
    this.progress = progress;
  }

  public RepeatStatus load(StepContribution contribution, ChunkContext chunk) throws IOException {
    ExecutionContext job = jobContext(chunk);
    EscoLoadResult r = loadRelease(chunk);
    String version = r.taxonomy().version();
    String lang = r.taxonomy().language();
    job.putString(VERSION, version);
    job.putString(LANG, lang);
    EscoReleaseUsed.declare(job, version, lang);
    contribution.incrementWriteCount(r.accepted());
    contribution.incrementReadSkipCount(r.rejects().size());
    progress.info(
        String.format(
            Locale.ROOT,
            "read ESCO %s/%s: %,d rows in, %,d accepted, %,d rejected (%,d skills, %,d"
                + " occupations)",
            version,
            lang,
            r.rowsIn(),
            r.accepted(),
            r.rejects().size(),
            r.taxonomy().skills().size(),
            r.taxonomy().occupations().size()));
    r.missingFiles().forEach(f -> progress.info("missing: " + f));
    r.warnings().forEach(w -> progress.info("warning: " + w));
    var existing = warehouse.manifest(version, lang);
    if (existing.isPresent() && existing.get().sameInputs(fileEntries(r))) {
      job.putString(NOOP, "true");
      progress.info(
          "ESCO "
              + version
              + "/"
              + lang
              + " is already imported from identical files: nothing to do");
      return RepeatStatus.FINISHED;
    }
    job.putString(NOOP, "false");
    Path staging = AtomicFiles.stagingDirFor(warehouse.releaseDir(version, lang));
    job.putString(STAGING, staging.toString());
    RejectsFile.write(staging.resolve("rejects.csv"), r.rejects());
    return RepeatStatus.FINISHED;
  }

  public RepeatStatus writeTables(StepContribution contribution, ChunkContext chunk) {
    if (noop(chunk)) {
      return RepeatStatus.FINISHED;
    }
    Taxonomy t = loadRelease(chunk).taxonomy();
    Path staging = Path.of(jobContext(chunk).getString(STAGING));
    progress.phase("writing Parquet tables");
    for (var table : TaxonomySchemas.ALL) {
      deleteQuietly(staging.resolve(table.name()));
    }
    TaxonomyTables.write(t, staging);
    return RepeatStatus.FINISHED;
  }

  public RepeatStatus buildIndex(StepContribution contribution, ChunkContext chunk)
      throws IOException {
    if (noop(chunk)) {
      return RepeatStatus.FINISHED;
    }
    Taxonomy t = loadRelease(chunk).taxonomy();
    Path staging = Path.of(jobContext(chunk).getString(STAGING));
    progress.phase("building the competency index");
    Path index = staging.resolve("index");
    if (Files.exists(index)) {
      AtomicFiles.deleteRecursively(index);
    }
    long docs = CompetencyIndexWriter.write(t, index);
    jobContext(chunk).putLong("indexDocuments", docs);
    progress.info(String.format(Locale.ROOT, "indexed %,d concepts", docs));
    return RepeatStatus.FINISHED;
  }

  public RepeatStatus publish(StepContribution contribution, ChunkContext chunk)
      throws IOException {
    if (noop(chunk)) {
      return RepeatStatus.FINISHED;
    }
    ExecutionContext job = jobContext(chunk);
    EscoLoadResult r = loadRelease(chunk);
    Taxonomy t = r.taxonomy();
    Path staging = Path.of(job.getString(STAGING));
    Map<String, Long> tables = new LinkedHashMap<>();
    tables.put("skills", (long) t.skills().size());
    tables.put("occupations", (long) t.occupations().size());
    tables.put("skill_groups", (long) t.skillGroups().size());
    tables.put("isco_groups", (long) t.iscoGroups().size());
    tables.put("occupation_skill_relations", (long) t.occupationSkillRelations().size());
    tables.put("skill_skill_relations", (long) t.skillSkillRelations().size());
    tables.put("broader_relations", (long) t.broaderRelations().size());
    tables.put("collection_members", (long) t.collectionMembers().size());
    tables.put("concept_schemes", (long) t.conceptSchemes().size());
    tables.put("hierarchy", (long) t.hierarchy().size());
    TaxonomyManifest m =
        new TaxonomyManifest(
            t.version(),
            t.language(),
            job.getString("esco"),
            Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
            fileEntries(r),
            r.rowsIn(),
            r.accepted(),
            r.rejects().size(),
            tables,
            job.containsKey("indexDocuments") ? job.getLong("indexDocuments") : 0L,
            r.missingFiles(),
            r.warnings());
    TaxonomyWarehouse.writeManifest(m, staging.resolve(TaxonomyManifest.FILE_NAME));
    Path target = warehouse.releaseDir(t.version(), t.language());
    AtomicFiles.publish(staging, target);
    progress.info("published " + target);
    return RepeatStatus.FINISHED;
  }

  /** The parsed release: from memory, or read again (after a restart). */
  private EscoLoadResult loadRelease(ChunkContext chunk) {
    if (loaded == null) {
      TaxonomyImportParameters params = TaxonomyImportParameters.from(Steps.jobParameters(chunk));
      Path dir = params.esco();
      progress.phase("reading ESCO CSV release " + dir);
      loaded = new EscoCsvLoader().load(dir, params.version(), params.lang());
      jobContext(chunk).putString("esco", dir.toString());
    }
    return loaded;
  }

  private static List<TaxonomyManifest.FileEntry> fileEntries(EscoLoadResult r) {
    return r.files().stream()
        .map(
            f ->
                new TaxonomyManifest.FileEntry(
                    f.fileName(),
                    f.kind().name(),
                    f.sha256(),
                    f.bytes(),
                    f.rowsIn(),
                    f.accepted(),
                    f.rejected()))
        .toList();
  }

  private static boolean noop(ChunkContext chunk) {
    return "true".equals(jobContext(chunk).getString(NOOP, "false"));
  }

  private static ExecutionContext jobContext(ChunkContext chunk) {
    return chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
  }

  private static void deleteQuietly(Path p) {
    try {
      AtomicFiles.deleteRecursively(p);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot clean " + p, e);
    }
  }
}
