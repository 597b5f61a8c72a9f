package org.microcert.jobs.review;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.JobRunner;
import org.microcert.jobs.run.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code microcert review import --input FILE}. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Append review decisions or partner endorsements (CSV with a header, or a JSON array) to"
            + " the review log. Bad rows go to a rejects file (file, line, column, reason);"
            + " rows already recorded are not added twice. Prints rows / added / already"
            + " recorded / rejected.")
public final class ReviewImportCommand extends JobCommand {

  @Option(names = "--input", required = true, description = "Decisions or endorsements file.")
  Path input;

  @Option(
      names = "--cite-current-report",
      description =
          "Rows without a report_hash cite the submission's current report (default: such rows"
              + " are rejected).")
  boolean citeCurrent;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) {
    var params =
        new ReviewImportParameters(
            settings.warehouse().toAbsolutePath().normalize(),
            input.toAbsolutePath().normalize(),
            citeCurrent,
            LocalDate.now(ZoneOffset.UTC));
    return new JobRunner(settings, progress)
        .run(
            ReviewImportJobConfiguration.class,
            ReviewImportJobConfiguration.JOB_NAME,
            params.toJobParameters());
  }
}
