package org.microcert.jobs.report;

import java.nio.file.Path;
import java.time.LocalDate;
import org.microcert.jobs.run.LeftoverCleaner;
import org.microcert.jobs.run.Progress;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code reportJob}: one step, {@code writeReports}, running {@link ReportGenerator}.
 *
 * <p>Job parameters: {@code warehouse}, {@code submission} (empty: all), {@code output}, {@code
 * date} (report date, YYYY-MM-DD).
 */
@Configuration
public class ReportJobConfiguration {

  public static final String JOB_NAME = "reportJob";

  @Bean(name = JOB_NAME)
  public Job reportJob(JobRepository repo, PlatformTransactionManager tm, Progress progress) {
    Step write =
        new StepBuilder("writeReports", repo)
            .tasklet(
                (contribution, chunk) -> {
                  JobParameters p = chunk.getStepContext().getStepExecution().getJobParameters();
                  String submission = p.getString("submission", "");
                  progress.phase("writing reports");
                  // Staging folders a killed run left beside the submissions' report folders.
                  LeftoverCleaner.cleanChildren(Path.of(p.getString("output")), progress::info);
                  ReportResult r =
                      ReportGenerator.generate(
                          Path.of(p.getString("warehouse")),
                          submission.isEmpty() ? null : submission,
                          Path.of(p.getString("output")),
                          LocalDate.parse(p.getString("date")));
                  contribution.incrementWriteCount(r.submissions().size());
                  progress.info(
                      "report: " + r.submissions().size() + " submission(s) -> " + r.index());
                  return RepeatStatus.FINISHED;
                },
                tm)
            .build();
    return new JobBuilder(JOB_NAME, repo).start(write).build();
  }
}
