package org.microcert.jobs.relevance;

import java.util.Locale;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.Progress;
import org.microcert.jobs.run.Steps;
import org.microcert.pipelines.relevance.RelevanceRequest;
import org.microcert.pipelines.relevance.RelevanceResult;
import org.microcert.pipelines.relevance.RelevanceScoringPipeline;
import org.microcert.pipelines.spark.SparkSessions;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The {@code scoreRelevance} step: {@link RelevanceScoringPipeline#run} for one submission. */
public final class RelevanceTasklet implements Tasklet {

  private final MicrocertSettings settings;
  private final Progress progress;

  public RelevanceTasklet(MicrocertSettings settings, Progress progress) {
    this.settings = settings;
    this.progress = progress;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
    RelevanceResult r = score(RelevanceParameters.from(Steps.jobParameters(chunk)));
    contribution.incrementWriteCount(r.competencies());
    return RepeatStatus.FINISHED;
  }

  /** Scores the submission (its inputs checked before Spark starts). */
  public RelevanceResult score(RelevanceParameters p) {
    RelevanceRequest request = p.request();
    RelevanceScoringPipeline.checkInputs(request);
    progress.phase("scoring relevance of " + request.submissionId());
    RelevanceResult r =
        RelevanceScoringPipeline.run(
            SparkSessions.getOrCreate(
                "microcert-relevance", settings.sparkMaster(), settings.sparkConf()),
            request);
    progress.info(summary(r));
    return r;
  }

  static String summary(RelevanceResult r) {
    return String.format(
        Locale.ROOT,
        "relevance %s %s: %,d postings; %,d aligned competencies (%,d insufficient evidence),"
            + " %,d credentials, %,d region gaps, %,d pathway suggestions -> %s",
        r.region(),
        r.period(),
        r.totalPostings(),
        r.competencies(),
        r.insufficient(),
        r.credentials(),
        r.regionGaps(),
        r.pathwaySuggestions(),
        r.outputDir());
  }
}
