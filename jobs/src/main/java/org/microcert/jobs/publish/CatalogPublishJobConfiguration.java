package org.microcert.jobs.publish;

import org.microcert.jobs.run.Progress;
import org.microcert.jobs.run.Steps;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The {@code catalogPublishJob}: one step, {@link CatalogPublishTasklet}. */
@Configuration
public class CatalogPublishJobConfiguration {

  public static final String JOB_NAME = "catalogPublishJob";

  @Bean(name = JOB_NAME)
  public Job catalogPublishJob(
      JobRepository repo, PlatformTransactionManager tm, Progress progress) {
    return Steps.oneStepJob(
        JOB_NAME, "publishCatalog", new CatalogPublishTasklet(progress), repo, tm);
  }
}
