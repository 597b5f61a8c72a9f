package org.microcert.jobs.align;

import java.nio.file.Path;
import java.util.Locale;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.Progress;
import org.microcert.jobs.taxonomy.TaxonomyWarehouse;
import org.microcert.taxonomy.align.AlignmentRun;
import org.microcert.taxonomy.index.QueryVectorCache;
import org.microcert.taxonomy.index.QueryVectors;
import org.microcert.taxonomy.io.AtomicFiles;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code alignJob}: one step that reads a submission, validates it, aligns each accepted
 * outcome with ESCO skills and writes {@code alignments.jsonl}, {@code alignments.csv} and {@code
 * rejects.csv} (see {@link AlignmentRun}) into a staging folder, then swaps that folder in as
 * the output folder: readers never see a mix of old and new files.
 *
 * <p>Job parameters: {@code input}, {@code output} (folder), {@code submissionId}, {@code top},
 * {@code taxonomy} (VERSION/LANG or empty), {@code dense} ("true"/"false"). With the dense side,
 * query vectors are kept in {@link #queryVectorFile} between runs.
 */
@Configuration
public class AlignJobConfiguration {

  public static final String JOB_NAME = "alignJob";

  /** MiniLM vectors of outcome texts aligned before (see {@link QueryVectorCache}). */
  public static Path queryVectorFile(MicrocertSettings settings) {
    return settings.warehouse().resolve("cache").resolve("query-vectors.bin");
  }

  @Bean(name = JOB_NAME)
  public Job alignJob(
      JobRepository repo, PlatformTransactionManager tm, MicrocertSettings settings, Progress progress) {
    Step align =
        new StepBuilder("alignOutcomes", repo)
            .tasklet(
                (contribution, chunk) -> {
                  JobParameters p = chunk.getStepContext().getStepExecution().getJobParameters();
                  String taxonomy = p.getString("taxonomy");
                  boolean dense = Boolean.parseBoolean(p.getString("dense"));
                  try (MatcherResolver matchers =
                      new MatcherResolver(
                          new TaxonomyWarehouse(settings.warehouse()),
                          taxonomy == null || taxonomy.isEmpty() ? null : taxonomy,
                          dense,
                          progress::phase)) {
                    matchers.required();
                    Path vectorFile = queryVectorFile(settings);
                    QueryVectorCache cache = dense ? QueryVectorCache.open(vectorFile) : null;
                    progress.phase("aligning outcomes");
                    // The three files are one unit: written in a staging folder, swapped in whole.
                    Path output = Path.of(p.getString("output"));
                    Path staging = AtomicFiles.stagingDirFor(output);
                    AlignmentRun.Summary s =
                        AlignmentRun.run(
                            Path.of(p.getString("input")),
                            staging,
                            p.getString("submissionId"),
                            matchers::forLanguage,
                            Integer.parseInt(p.getString("top")),
                            Runtime.getRuntime().availableProcessors(),
                            cache == null ? QueryVectors.MINILM : cache,
                            progress::info);
                    AtomicFiles.publish(staging, output);
                    if (cache != null) {
                      cache.save();
                      progress.info(
                          String.format(
                              Locale.ROOT,
                              "query vectors: %,d reused, %,d embedded with MiniLM (%s holds %,d)",
                              cache.hits(), cache.misses(), vectorFile, cache.size()));
                    }
                    contribution.incrementReadCount();
                    contribution.incrementWriteCount(s.aligned());
                    contribution.incrementReadSkipCount(s.rejected());
                    progress.info(
                        String.format(
                            Locale.ROOT,
                            "submission %s: %d rows, %d aligned, %d rejected -> %s (%.1f s, %.1f outcomes/s)",
                            s.submissionId(), s.rows(), s.aligned(), s.rejected(), output,
                            s.seconds(), s.aligned() / Math.max(s.seconds(), 1e-9)));
                  }
                  return RepeatStatus.FINISHED;
                },
                tm)
            .build();
    return new JobBuilder(JOB_NAME, repo).start(align).build();
  }
}
