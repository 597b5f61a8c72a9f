package org.microcert.jobs.align;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.Progress;
import org.microcert.jobs.run.Steps;
import org.microcert.jobs.taxonomy.TaxonomyWarehouse;
import org.microcert.pipelines.align.SparkAligner;
import org.microcert.pipelines.spark.SparkSessions;
import org.microcert.taxonomy.align.AlignmentRun;
import org.microcert.taxonomy.index.QueryVectorCache;
import org.microcert.taxonomy.io.AtomicFiles;
import org.microcert.taxonomy.io.WarehouseLayout;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The {@code alignOutcomes} step: reads a submission, validates it, aligns each accepted outcome
 * with ESCO skills and writes {@code alignments.jsonl}, {@code alignments.csv} and {@code
 * rejects.csv} (see {@link AlignmentRun}) into a staging folder, then swaps that folder in as the
 * output folder: readers never see a mix of old and new files. The outcomes are aligned by {@link
 * SparkAligner}: as a Spark stage (one matcher per executor) on a cluster master, on the driver's
 * threads on a local one (see {@link #sparkFromTexts}); the outputs are the same either way. With
 * the dense side, query vectors are kept in {@link #queryVectorFile} between runs (shared by the
 * executors).
 */
public final class AlignTasklet implements Tasklet {

  private final MicrocertSettings settings;
  private final Progress progress;

  public AlignTasklet(MicrocertSettings settings, Progress progress) {
    this.settings = settings;
    this.progress = progress;
  }

  /**
   * From how many distinct texts a submission is aligned as a Spark stage: always on a cluster
   * master; never on a local one, where the stage runs on the same cores as the driver's threads
   * and only adds its start-up (an {@code align} of 30 and of 820 cached texts took 71 and 89–98 s
   * with the stage against 37–45 and 62–84 s in the driver: docs/performance.md).
   */
  static int sparkFromTexts(String master) {
    return SparkSessions.isLocal(master) ? Integer.MAX_VALUE : 0;
  }

  /** MiniLM vectors of outcome texts aligned before (see {@link QueryVectorCache}). */
  private static Path queryVectorFile(MicrocertSettings settings) {
    return new WarehouseLayout(settings.warehouse()).queryVectorCache();
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk)
      throws IOException {
    AlignmentRun.Summary s = align(AlignParameters.from(Steps.jobParameters(chunk)));
    contribution.incrementReadCount();
    contribution.incrementWriteCount(s.aligned());
    contribution.incrementReadSkipCount(s.rejected());
    return RepeatStatus.FINISHED;
  }

  /** Aligns the submission with the imported release(s); returns the run's summary. */
  public AlignmentRun.Summary align(AlignParameters p) throws IOException {
    MatcherResolver matchers =
        new MatcherResolver(
            new TaxonomyWarehouse(settings.warehouse()), p.taxonomy(), p.dense(), progress::phase);
    matchers.requiredIndexDir();
    Path vectorFile = p.dense() ? queryVectorFile(settings) : null;
    SparkAligner aligner =
        new SparkAligner(
            () ->
                SparkSessions.getOrCreate(
                    "microcert-align", settings.sparkMaster(), settings.sparkConf()),
            matchers::indexDir,
            p.dense(),
            vectorFile,
            p.top(),
            sparkFromTexts(settings.sparkMaster()),
            progress::info);
    progress.phase("aligning outcomes");
    // The three files are one unit: written in a staging folder, swapped in whole.
    Path staging = AtomicFiles.stagingDirFor(p.output());
    AlignmentRun.Summary s = AlignmentRun.run(p.input(), staging, p.submissionId(), aligner);
    AtomicFiles.publish(staging, p.output());
    if (vectorFile != null) {
      progress.info(
          String.format(
              Locale.ROOT,
              "query vectors: %,d reused, %,d embedded with MiniLM (%s holds %,d)",
              aligner.reused(),
              aligner.embedded(),
              vectorFile,
              QueryVectorCache.open(vectorFile).size()));
    }
    progress.info(
        String.format(
            Locale.ROOT,
            "submission %s: %d rows, %d aligned, %d rejected -> %s (%.1f s, %.1f outcomes/s)",
            s.submissionId(),
            s.rows(),
            s.aligned(),
            s.rejected(),
            p.output(),
            s.seconds(),
            s.aligned() / Math.max(s.seconds(), 1e-9)));
    return s;
  }
}
