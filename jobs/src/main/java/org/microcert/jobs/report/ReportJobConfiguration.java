package org.microcert.jobs.report;

import org.microcert.jobs.run.Progress;
import org.microcert.jobs.run.Steps;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code reportJob}: one step, {@code writeReports} ({@link ReportTasklet}), with {@link
 * ReportParameters}.
 */
@Configuration
public class ReportJobConfiguration {

  public static final String JOB_NAME = "reportJob";

  @Bean(name = JOB_NAME)
  public Job reportJob(JobRepository repo, PlatformTransactionManager tm, Progress progress) {
    return Steps.oneStepJob(JOB_NAME, "writeReports", new ReportTasklet(progress), repo, tm);
  }
}
