package org.microcert.jobs.nightly;

import java.time.LocalDate;
import java.util.List;
import org.microcert.jobs.align.AlignJobConfiguration;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.postings.DemandJobConfiguration;
import org.microcert.jobs.postings.PostingsExtractJobConfiguration;
import org.microcert.jobs.postings.PostingsIngestJobConfiguration;
import org.microcert.jobs.publish.CatalogDraftJobConfiguration;
import org.microcert.jobs.relevance.RelevanceJobConfiguration;
import org.microcert.jobs.report.ReportJobConfiguration;
import org.microcert.jobs.run.Progress;
import org.microcert.jobs.taxonomy.TaxonomyImportJobConfiguration;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The {@code nightlyJob}: one step per stage ({@link NightlyStages}), each running the existing job
 * of its command for what is new. Job parameter: {@code date} (one instance per night: a second
 * invocation for the same date finds it completed and does nothing).
 */
@Configuration
@Import({
  TaxonomyImportJobConfiguration.class,
  PostingsIngestJobConfiguration.class,
  PostingsExtractJobConfiguration.class,
  DemandJobConfiguration.class,
  AlignJobConfiguration.class,
  RelevanceJobConfiguration.class,
  ReportJobConfiguration.class,
  CatalogDraftJobConfiguration.class
})
public class NightlyJobConfiguration {

  public static final String JOB_NAME = "nightlyJob";

  /** The night being run (the {@code date} job parameter), registered by the command. */
  public record Night(LocalDate date) {}

  @Bean(name = JOB_NAME)
  public Job nightlyJob(
      JobRepository repo,
      ObjectProvider<JobOperator> operator,
      ApplicationContext ctx,
      MicrocertSettings settings,
      Progress progress,
      Night night) {
    // The operator is looked up when a stage runs: it is built from every job, this one included.
    List<Stage> stages = new NightlyStages(settings, night.date()).all();
    SimpleJobBuilder b = null;
    for (Stage s : stages) {
      StageStep step =
          new StageStep(
              s, settings.warehouse(), night.date().toString(), ctx, repo, operator, progress);
      b = b == null ? new JobBuilder(JOB_NAME, repo).start(step) : b.next(step);
    }
    return b.build();
  }
}
