package org.microcert.jobs.publish;

import org.microcert.jobs.run.Progress;
import org.microcert.jobs.run.Steps;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The {@code catalogDraftJob}: one step, {@link CatalogDraftTasklet}. */
@Configuration
public class CatalogDraftJobConfiguration {

  public static final String JOB_NAME = "catalogDraftJob";

  @Bean(name = JOB_NAME)
  public Job catalogDraftJob(JobRepository repo, PlatformTransactionManager tm, Progress progress) {
    return Steps.oneStepJob(JOB_NAME, "draftCatalog", new CatalogDraftTasklet(progress), repo, tm);
  }
}
