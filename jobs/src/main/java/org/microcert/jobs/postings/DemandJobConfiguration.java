package org.microcert.jobs.postings;

import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.Progress;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code demandJob}: one step, {@code computeDemand} ({@link DemandTasklet}), with {@link
 * DemandParameters}.
 */
@Configuration
public class DemandJobConfiguration {

  public static final String JOB_NAME = "demandJob";

  @Bean(name = JOB_NAME)
  public Job demandJob(
      JobRepository repo,
      PlatformTransactionManager tm,
      MicrocertSettings settings,
      Progress progress) {
    return new JobBuilder(JOB_NAME, repo)
        .start(
            new StepBuilder("computeDemand", repo)
                .tasklet(new DemandTasklet(settings, progress), tm)
                .build())
        .build();
  }
}
