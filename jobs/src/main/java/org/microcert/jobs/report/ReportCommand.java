package org.microcert.jobs.report;

import java.nio.file.Path;
import java.time.LocalDate;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.JobRunner;
import org.microcert.jobs.run.Progress;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code microcert report}: runs the {@code reportJob}. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Write the working groups' reports: per submission a self-contained HTML page (tables and charts, opens with no network), report.json and CSV tables; plus an overview index.html. Conformance is judged as of --date (default: today).")
public final class ReportCommand extends JobCommand {

  @Option(names = "--submission", paramLabel = "ID", description = "One submission (default: all in the warehouse).")
  String submission;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder.")
  Path output;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Report date for endorsement validity (default: today).")
  LocalDate date;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) {
    var params =
        new JobParametersBuilder()
            .addString("warehouse", settings.warehouse().toAbsolutePath().normalize().toString())
            .addString("submission", submission == null ? "" : submission)
            .addString("output", output.toAbsolutePath().normalize().toString())
            .addString("date", (date == null ? LocalDate.now() : date).toString())
            .toJobParameters();
    return new JobRunner(settings, progress)
        .run(ReportJobConfiguration.class, ReportJobConfiguration.JOB_NAME, params, ctx -> {});
  }
}
