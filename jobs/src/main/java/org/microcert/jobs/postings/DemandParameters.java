package org.microcert.jobs.postings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.microcert.pipelines.demand.DemandPipeline.Granularity;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The {@code demandJob}'s parameters, all identifying.
 *
 * @param period month or quarter (written in lower case: {@code month}, {@code quarter})
 * @param release the imported ESCO release (occupation-skill relations)
 * @param warehouse the warehouse
 */
public record DemandParameters(Granularity period, Path release, Path warehouse) {

  public DemandParameters {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(warehouse, "warehouse");
  }

  /** The job parameters. */
  public JobParameters toJobParameters() {
    return new JobParametersBuilder()
        .addString("period", period.name().toLowerCase(Locale.ROOT))
        .addString("release", release.toString())
        .addString("warehouse", warehouse.toString())
        .toJobParameters();
  }

  /** The parameters {@link #toJobParameters()} wrote. */
  public static DemandParameters from(JobParameters p) {
    return new DemandParameters(
        Granularity.valueOf(p.getString("period").toUpperCase(Locale.ROOT)),
        Path.of(p.getString("release")),
        Path.of(p.getString("warehouse")));
  }
}
