package org.microcert.jobs.run;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.transaction.PlatformTransactionManager;

/** What a tasklet reads from Spring Batch's step context, and the wiring of one-step jobs. */
public final class Steps {

  private Steps() {}

  /** The parameters of the job the running step belongs to. */
  public static JobParameters jobParameters(ChunkContext chunk) {
    return chunk.getStepContext().getStepExecution().getJobParameters();
  }

  /** A job named {@code jobName} of one step named {@code stepName} running {@code tasklet}. */
  public static Job oneStepJob(
      String jobName,
      String stepName,
      Tasklet tasklet,
      JobRepository repo,
      PlatformTransactionManager tm) {
    return new JobBuilder(jobName, repo)
        .start(new StepBuilder(stepName, repo).tasklet(tasklet, tm).build())
        .build();
  }
}
