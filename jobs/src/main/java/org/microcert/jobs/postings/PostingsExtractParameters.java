package org.microcert.jobs.postings;

import java.nio.file.Path;
import java.util.Objects;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The {@code postingsExtractJob}'s parameters, all identifying.
 *
 * @param esco the ESCO CSV release folder whose labels are searched for
 * @param warehouse the warehouse
 */
public record PostingsExtractParameters(Path esco, Path warehouse) {

  public PostingsExtractParameters {
    Objects.requireNonNull(esco, "esco");
    Objects.requireNonNull(warehouse, "warehouse");
  }

  /** The job parameters. */
  public JobParameters toJobParameters() {
    return new JobParametersBuilder()
        .addString("esco", esco.toString())
        .addString("warehouse", warehouse.toString())
        .toJobParameters();
  }

  /** The parameters {@link #toJobParameters()} wrote. */
  public static PostingsExtractParameters from(JobParameters p) {
    return new PostingsExtractParameters(
        Path.of(p.getString("esco")), Path.of(p.getString("warehouse")));
  }
}
