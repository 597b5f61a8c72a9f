package org.microcert.jobs.taxonomy;

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
    return new JobBuilder(JOB_NAME, repo)
        .start(
            new StepBuilder("diffReleases", repo)
                .tasklet(new TaxonomyDiffTasklet(settings, progress), tm)
                .build())
        .build();
  }
}
