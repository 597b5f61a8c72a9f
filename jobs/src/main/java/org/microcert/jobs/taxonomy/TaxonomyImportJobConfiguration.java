package org.microcert.jobs.taxonomy;

import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.Progress;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code taxonomyImportJob}: reads an ESCO CSV release, writes its Parquet tables and rejects
 * into a staging folder, builds the competency index there, then publishes the folder in one rename
 * with its manifest. Each step can be restarted; a re-import of unchanged files is a no-op.
 *
 * <p>Job parameters: {@link TaxonomyImportParameters}; steps: {@link TaxonomyImportSteps}.
 */
@Configuration
public class TaxonomyImportJobConfiguration {

  public static final String JOB_NAME = "taxonomyImportJob";

  @Bean
  public TaxonomyImportSteps taxonomyImportSteps(MicrocertSettings settings, Progress progress) {
    return new TaxonomyImportSteps(new TaxonomyWarehouse(settings.warehouse()), settings, progress);
  }

  @Bean(name = JOB_NAME)
  public Job taxonomyImportJob(
      JobRepository repo, PlatformTransactionManager tm, TaxonomyImportSteps steps) {
    Step load = new StepBuilder("loadEscoRelease", repo).tasklet(steps::load, tm).build();
    Step tables =
        new StepBuilder("writeTaxonomyTables", repo).tasklet(steps::writeTables, tm).build();
    Step index =
        new StepBuilder("buildCompetencyIndex", repo).tasklet(steps::buildIndex, tm).build();
    Step publish = new StepBuilder("publishRelease", repo).tasklet(steps::publish, tm).build();
    return new JobBuilder(JOB_NAME, repo)
        .start(load)
        .next(tables)
        .next(index)
        .next(publish)
        .build();
  }
}
