package org.microcert.jobs.taxonomy;

import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.Progress;
import org.microcert.jobs.run.Steps;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code taxonomyDiffJob}: one step, {@code diffReleases} ({@link TaxonomyDiffTasklet}), with
 * {@link TaxonomyDiffParameters}.
 */
@Configuration
public class TaxonomyDiffJobConfiguration {

  public static final String JOB_NAME = "taxonomyDiffJob";

  @Bean(name = JOB_NAME)
  public Job taxonomyDiffJob(
      JobRepository repo,
      PlatformTransactionManager tm,
      MicrocertSettings settings,
      Progress progress) {
    return Steps.oneStepJob(
        JOB_NAME, "diffReleases", new TaxonomyDiffTasklet(settings, progress), repo, tm);
  }
}
