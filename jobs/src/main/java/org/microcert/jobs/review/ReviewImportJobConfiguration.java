package org.microcert.jobs.review;

import org.microcert.jobs.run.Progress;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The {@code reviewImportJob}: one step, {@link ReviewImportTasklet}. */
@Configuration
public class ReviewImportJobConfiguration {

  public static final String JOB_NAME = "reviewImportJob";

  @Bean(name = JOB_NAME)
  public Job reviewImportJob(JobRepository repo, PlatformTransactionManager tm, Progress progress) {
    return new JobBuilder(JOB_NAME, repo)
        .start(
            new StepBuilder("importReview", repo)
                .tasklet(new ReviewImportTasklet(progress), tm)
                .build())
        .build();
  }
}
