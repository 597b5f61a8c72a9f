package org.microcert.jobs.run;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;

/** What a tasklet reads from Spring Batch's step context. */
public final class Steps {

  private Steps() {}

  /** The parameters of the job the running step belongs to. */
  public static JobParameters jobParameters(ChunkContext chunk) {
    return chunk.getStepContext().getStepExecution().getJobParameters();
  }
}
