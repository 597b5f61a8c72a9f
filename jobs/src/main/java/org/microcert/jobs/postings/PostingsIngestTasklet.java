package org.microcert.jobs.postings;

import java.nio.file.Files;
import java.nio.file.Path;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.Progress;
import org.microcert.jobs.run.Steps;
import org.microcert.pipelines.postings.PostingsIngest;
import org.microcert.pipelines.postings.SourceMapping;
import org.microcert.pipelines.spark.SparkSessions;
import org.microcert.taxonomy.InputRejectedException;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The {@code ingestPostings} step: {@link PostingsIngest#run} on the given files. */
public final class PostingsIngestTasklet implements Tasklet {

  private final MicrocertSettings settings;
  private final Progress progress;

  public PostingsIngestTasklet(MicrocertSettings settings, Progress progress) {
    this.settings = settings;
    this.progress = progress;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
    ingest(PostingsIngestParameters.from(Steps.jobParameters(chunk)));
    contribution.incrementReadCount();
    return RepeatStatus.FINISHED;
  }

  /** Ingests the files (checked again here: a restart may come after they moved). */
  public PostingsIngest.Counts ingest(PostingsIngestParameters p) {
    for (Path in : p.inputs()) {
      if (!Files.isRegularFile(in)) {
        throw new InputRejectedException("Cannot read postings file " + in + ": no such file");
      }
    }
    SourceMapping mapping = SourceMapping.load(p.conf(), p.source());
    progress.phase("ingesting " + p.inputs().size() + " file(s) as source " + mapping.name());
    var spark =
        SparkSessions.getOrCreate(
            "microcert-postings", settings.sparkMaster(), settings.sparkConf());
    PostingsIngest.Counts c =
        PostingsIngest.run(
            spark,
            new PostingsIngest.Config(settings.warehouse(), p.inputs(), p.format(), mapping));
    progress.info(c.summary());
    progress.info("rejects: " + c.rejectsFile());
    return c;
  }
}
