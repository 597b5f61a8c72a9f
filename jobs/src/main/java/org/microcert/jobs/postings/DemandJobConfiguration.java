package org.microcert.jobs.postings;

import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.Progress;
import org.microcert.jobs.run.Steps;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
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
    return Steps.oneStepJob(
        JOB_NAME, "computeDemand", new DemandTasklet(settings, progress), repo, tm);
  }
}
