package org.microcert.jobs.publish;

import java.nio.file.Path;
import java.util.Objects;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The {@code catalogDraftJob}'s parameters.
 *
 * @param warehouse the warehouse
 */
public record CatalogDraftParameters(Path warehouse) {

  public CatalogDraftParameters {
    Objects.requireNonNull(warehouse, "warehouse");
  }

  /** The job parameters. */
  public JobParameters toJobParameters() {
    return new JobParametersBuilder()
        .addString("warehouse", warehouse.toString())
        .toJobParameters();
  }

  /** The parameters {@link #toJobParameters()} wrote. */
  public static CatalogDraftParameters from(JobParameters p) {
    return new CatalogDraftParameters(Path.of(p.getString("warehouse")));
  }
}
