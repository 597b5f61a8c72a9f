package org.microcert.jobs.review;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.Progress;
import org.microcert.taxonomy.io.Reject;
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
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    ReviewImport.Result r = new ReviewImport(settings.warehouse(), today, citeCurrent).run(input);
    r.cited().forEach((s, h) -> progress.info("submission " + s + ": cited report " + h));
    progress.info(
        "review import "
            + input.getFileName()
            + ": "
            + r.rows()
            + " rows, "
            + r.added().size()
            + " added, "
            + r.alreadyRecorded()
            + " already recorded, "
            + r.rejects().size()
            + " rejected"
            + (r.rejectsFile() == null ? "" : " -> " + r.rejectsFile()));
    for (Reject j : r.rejects().stream().limit(10).toList()) {
      progress.info("  rejected " + j);
    }
    return 0;
  }
}
