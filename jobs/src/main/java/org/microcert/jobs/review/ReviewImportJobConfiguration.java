package org.microcert.jobs.review;

import org.microcert.jobs.run.Progress;
import org.microcert.jobs.run.Steps;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The {@code reviewImportJob}: one step, {@link ReviewImportTasklet}. */
@Configuration
public class ReviewImportJobConfiguration {

  public static final String JOB_NAME = "reviewImportJob";

  @Bean(name = JOB_NAME)
  public Job reviewImportJob(JobRepository repo, PlatformTransactionManager tm, Progress progress) {
    return Steps.oneStepJob(JOB_NAME, "importReview", new ReviewImportTasklet(progress), repo, tm);
  }
}
