package org.microcert.jobs.relevance;

import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.Progress;
import org.microcert.jobs.run.Steps;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code relevanceJob}: one step, {@code scoreRelevance} ({@link RelevanceTasklet}), with
 * {@link RelevanceParameters}.
 */
@Configuration
public class RelevanceJobConfiguration {

  public static final String JOB_NAME = "relevanceJob";

  @Bean(name = JOB_NAME)
  public Job relevanceJob(
      JobRepository repo,
      PlatformTransactionManager tm,
      MicrocertSettings settings,
      Progress progress) {
    return Steps.oneStepJob(
        JOB_NAME, "scoreRelevance", new RelevanceTasklet(settings, progress), repo, tm);
  }
}
