package org.microcert.jobs.postings;

import java.util.Locale;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.Progress;
import org.microcert.jobs.run.Steps;
import org.microcert.pipelines.postings.ExtractionModel;
import org.microcert.pipelines.postings.PostingsExtract;
import org.microcert.pipelines.spark.SparkSessions;
import org.microcert.taxonomy.match.SentenceSkillCache;
import org.microcert.taxonomy.match.SentenceSkills;
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
    // the JVM's sentence skills outlive a run (local mode): count this run's share of the cache
    SentenceSkills sentences = model.sentenceSkills();
    SentenceSkillCache cache = sentences == null ? null : sentences.cache();
    int hits0 = cache == null ? 0 : cache.hits();
    int misses0 = cache == null ? 0 : cache.misses();
    PostingsExtract.Counts c = PostingsExtract.run(spark, settings.warehouse(), model);
    model.saveTitleVectors();
    model.saveSentenceSkills();
    if (cache != null) {
      progress.info(
          String.format(
              Locale.ROOT,
              "sentence skills (fused rule): %,d distinct sentences from the cache, %,d ranked",
              cache.hits() - hits0,
              cache.misses() - misses0));
    }
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
