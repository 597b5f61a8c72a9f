package org.microcert.jobs.postings;

import java.nio.file.Path;
import java.util.Locale;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.Progress;
import org.microcert.pipelines.demand.DemandPipeline;
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

/** The {@code demandJob}: one step calling {@link DemandPipeline#run}. */
@Configuration
public class DemandJobConfiguration {

  public static final String JOB_NAME = "demandJob";

  @Bean(name = JOB_NAME)
  public Job demandJob(
      JobRepository repo, PlatformTransactionManager tm, MicrocertSettings settings, Progress progress) {
    return new JobBuilder(JOB_NAME, repo)
        .start(
            new StepBuilder("computeDemand", repo)
                .tasklet(
                    (contribution, chunk) -> {
                      JobParameters p = chunk.getStepContext().getStepExecution().getJobParameters();
                      var granularity =
                          DemandPipeline.Granularity.valueOf(p.getString("period").toUpperCase(Locale.ROOT));
                      progress.phase("loading ESCO relations");
                      var esco = PostingsInputs.load(Path.of(p.getString("esco")));
                      var spark =
                          SparkSessions.getOrCreate("microcert-demand", settings.sparkMaster(), settings.sparkConf());
                      progress.phase("computing demand per " + granularity.name().toLowerCase(Locale.ROOT));
                      DemandPipeline.Counts c =
                          DemandPipeline.run(
                              spark, settings.warehouse(), granularity,
                              DemandPipeline.essentialRelations(spark, esco));
                      progress.info(
                          String.format(
                              Locale.ROOT,
                              "demand: %,d skill rows, %,d occupation rows, %,d essential-skill rows",
                              c.skillRows(), c.occupationRows(), c.essentialRows()));
                      return RepeatStatus.FINISHED;
                    },
                    tm)
                .build())
        .build();
  }
}
