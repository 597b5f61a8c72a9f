package org.microcert.jobs.align;

import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.Progress;
import org.microcert.jobs.run.Steps;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code alignJob}: one step, {@code alignOutcomes} ({@link AlignTasklet}), with {@link
 * AlignParameters}.
 */
@Configuration
public class AlignJobConfiguration {

  public static final String JOB_NAME = "alignJob";

  @Bean(name = JOB_NAME)
  public Job alignJob(
      JobRepository repo,
      PlatformTransactionManager tm,
      MicrocertSettings settings,
      Progress progress) {
    return Steps.oneStepJob(
        JOB_NAME, "alignOutcomes", new AlignTasklet(settings, progress), repo, tm);
  }
}
