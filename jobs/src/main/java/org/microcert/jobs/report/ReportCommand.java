package org.microcert.jobs.report;

import java.nio.file.Path;
import java.time.LocalDate;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.JobRunner;
import org.microcert.jobs.run.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code microcert report}: runs the {@code reportJob}. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Write the working groups' reports: per submission a self-contained HTML page (tables and"
            + " charts, opens with no network), report.json and CSV tables; plus an overview"
            + " index.html. Conformance is judged as of --date (default: today).")
public final class ReportCommand extends JobCommand {

  @Option(
      names = "--submission",
      paramLabel = "ID",
      description = "One submission (default: all in the warehouse).")
  String submission;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder.")
  Path output;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Report date for endorsement validity (default: today).")
  LocalDate date;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) {
    var params =
        new ReportParameters(
            settings.warehouse().toAbsolutePath().normalize(),
            submission,
            output.toAbsolutePath().normalize(),
            date == null ? LocalDate.now() : date);
    return new JobRunner(settings, progress)
        .run(
            ReportJobConfiguration.class,
            ReportJobConfiguration.JOB_NAME,
            params.toJobParameters());
  }
}
