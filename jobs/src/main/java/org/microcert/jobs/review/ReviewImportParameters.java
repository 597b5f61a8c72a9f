package org.microcert.jobs.review;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The {@code reviewImportJob}'s parameters, all identifying.
 *
 * @param warehouse the warehouse
 * @param input the decisions or endorsements file
 * @param citeCurrentReport rows without a report hash cite the current report
 * @param today the date after which a date is in the future
 */
public record ReviewImportParameters(
    Path warehouse, Path input, boolean citeCurrentReport, LocalDate today) {

  public ReviewImportParameters {
    Objects.requireNonNull(warehouse, "warehouse");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(today, "today");
  }

  /** The job parameters. */
  public JobParameters toJobParameters() {
    return new JobParametersBuilder()
        .addString("warehouse", warehouse.toString())
        .addString("input", input.toString())
        .addString("cite_current_report", Boolean.toString(citeCurrentReport))
        .addString("today", today.toString())
        .toJobParameters();
  }

  /** The parameters {@link #toJobParameters()} wrote. */
  public static ReviewImportParameters from(JobParameters p) {
    return new ReviewImportParameters(
        Path.of(p.getString("warehouse")),
        Path.of(p.getString("input")),
        Boolean.parseBoolean(p.getString("cite_current_report")),
        LocalDate.parse(p.getString("today")));
  }
}
