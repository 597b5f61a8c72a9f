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
 * The {@code postingsExtractJob}: one step, {@code extractMentionsAndTitles} ({@link
 * PostingsExtractTasklet}), with {@link PostingsExtractParameters}.
 */
@Configuration
public class PostingsExtractJobConfiguration {

  public static final String JOB_NAME = "postingsExtractJob";

  @Bean(name = JOB_NAME)
  public Job postingsExtractJob(
      JobRepository repo,
      PlatformTransactionManager tm,
      MicrocertSettings settings,
      Progress progress) {
    return Steps.oneStepJob(
        JOB_NAME,
        "extractMentionsAndTitles",
        new PostingsExtractTasklet(settings, progress),
        repo,
        tm);
  }
}
