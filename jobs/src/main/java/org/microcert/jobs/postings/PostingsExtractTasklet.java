package org.microcert.jobs.postings;

import java.util.Locale;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.Progress;
import org.microcert.jobs.run.Steps;
import org.microcert.pipelines.postings.ExtractionModel;
import org.microcert.pipelines.postings.PostingsExtract;
import org.microcert.pipelines.spark.SparkSessions;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The {@code extractMentionsAndTitles} step: {@link PostingsExtract#run} with an imported ESCO
 * release, read from its tables.
 */
public final class PostingsExtractTasklet implements Tasklet {

  private final MicrocertSettings settings;
  private final Progress progress;

  public PostingsExtractTasklet(MicrocertSettings settings, Progress progress) {
    this.settings = settings;
    this.progress = progress;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
    extract(PostingsExtractParameters.from(Steps.jobParameters(chunk)));
    return RepeatStatus.FINISHED;
  }

  /** Extracts skill mentions and codes titles of the kept postings. */
  public PostingsExtract.Counts extract(PostingsExtractParameters p) {
    progress.phase("loading ESCO");
    var esco = PostingsInputs.loadRelease(p.release());
    progress.phase("extracting skills and coding titles");
    var spark =
        SparkSessions.getOrCreate(
            "microcert-postings", settings.sparkMaster(), settings.sparkConf());
    ExtractionModel model =
        TitleCoderOption.apply(
            p.titleCoder(),
            SentenceSkillsSetup.apply(
                ExtractionModel.fromTaxonomy(esco),
                p.release(),
                p.sentenceSkills(),
                true,
                progress::info),
            settings,
            p.release(),
            progress::info);
    PostingsExtract.Counts c = PostingsExtract.run(spark, settings.warehouse(), model);
    model.saveTitleVectors();
    model
        .saveSentenceSkills()
        .ifPresent(
            saved ->
                progress.info(
                    String.format(
                        Locale.ROOT,
                        "sentence skills (fused and phrase rules): %,d distinct sentences and"
                            + " skill phrases from the cache, %,d ranked",
                        saved.reused(),
                        saved.ranked())));
    progress.info(
        String.format(
            Locale.ROOT,
            "%,d postings: %,d mentions, %,d titles coded",
            c.postings(),
            c.mentions(),
            c.titled()));
    return c;
  }
}
