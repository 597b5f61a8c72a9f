package org.microcert.jobs.postings;

import java.nio.file.Path;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.Progress;
import org.microcert.pipelines.postings.ExtractionModel;
import org.microcert.pipelines.postings.PostingsExtract;
import org.microcert.pipelines.spark.SparkSessions;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The {@code postingsExtractJob}: one step calling {@link PostingsExtract#run}. */
@Configuration
public class PostingsExtractJobConfiguration {

  public static final String JOB_NAME = "postingsExtractJob";

  @Bean(name = JOB_NAME)
  public Job postingsExtractJob(
      JobRepository repo,
      PlatformTransactionManager tm,
      MicrocertSettings settings,
      Progress progress) {
    return new JobBuilder(JOB_NAME, repo)
        .start(
            new StepBuilder("extractMentionsAndTitles", repo)
                .tasklet(
                    (contribution, chunk) -> {
                      JobParameters p =
                          chunk.getStepContext().getStepExecution().getJobParameters();
                      progress.phase("loading ESCO");
                      var esco = PostingsInputs.load(Path.of(p.getString("esco")));
                      progress.phase("extracting skills and coding titles");
                      var spark =
                          SparkSessions.getOrCreate(
                              "microcert-postings", settings.sparkMaster(), settings.sparkConf());
                      ExtractionModel model =
                          TitleCoderOption.apply(
                              p.getString("titleCoder"),
                              ExtractionModel.fromTaxonomy(esco),
                              settings,
                              Path.of(p.getString("esco")),
                              progress::info);
                      PostingsExtract.Counts c =
                          PostingsExtract.run(spark, settings.warehouse(), model);
                      model.saveTitleVectors();
                      progress.info(
                          String.format(
                              java.util.Locale.ROOT,
                              "%,d postings: %,d mentions, %,d titles coded",
                              c.postings(),
                              c.mentions(),
                              c.titled()));
                      return RepeatStatus.FINISHED;
                    },
                    tm)
                .build())
        .build();
  }
}
