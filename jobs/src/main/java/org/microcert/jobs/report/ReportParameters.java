package org.microcert.jobs.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.microcert.jobs.run.ParameterText;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The {@code reportJob}'s parameters, all identifying.
 *
 * @param warehouse the warehouse
 * @param submission one submission id, or {@code null} for every submission in the warehouse
 * @param output the output folder
 * @param date the report date (endorsement validity is judged on it)
 */
public record ReportParameters(Path warehouse, String submission, Path output, LocalDate date) {

  public ReportParameters {
    Objects.requireNonNull(warehouse, "warehouse");
    submission = ParameterText.emptyToNull(submission);
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(date, "date");
  }

  /** The job parameters (all submissions as an empty string, the date as YYYY-MM-DD). */
  public JobParameters toJobParameters() {
    return new JobParametersBuilder()
        .addString("warehouse", warehouse.toString())
        .addString("submission", ParameterText.nullToEmpty(submission))
        .addString("output", output.toString())
        .addString("date", date.toString())
        .toJobParameters();
  }

  /** The parameters {@link #toJobParameters()} wrote. */
  public static ReportParameters from(JobParameters p) {
    return new ReportParameters(
        Path.of(p.getString("warehouse")),
        p.getString("submission", ""),
        Path.of(p.getString("output")),
        LocalDate.parse(p.getString("date")));
  }
}
