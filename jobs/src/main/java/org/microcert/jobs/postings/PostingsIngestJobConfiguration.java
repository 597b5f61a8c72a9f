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
 * The {@code postingsIngestJob}: one step, {@code ingestPostings} ({@link PostingsIngestTasklet}),
 * with {@link PostingsIngestParameters}.
 */
@Configuration
public class PostingsIngestJobConfiguration {

  public static final String JOB_NAME = "postingsIngestJob";

  @Bean(name = JOB_NAME)
  public Job postingsIngestJob(
      JobRepository repo,
      PlatformTransactionManager tm,
      MicrocertSettings settings,
      Progress progress) {
    return Steps.oneStepJob(
        JOB_NAME, "ingestPostings", new PostingsIngestTasklet(settings, progress), repo, tm);
  }
}
