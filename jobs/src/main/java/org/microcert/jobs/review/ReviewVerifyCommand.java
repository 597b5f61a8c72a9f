package org.microcert.jobs.review;

import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.ExitCodes;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.Progress;
import picocli.CommandLine.Command;

/** {@code microcert review verify}. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description =
        "Check the review log's hash chain and head: any edit, deletion, insertion or reordering"
            + " is reported with the first bad entry (exit 3).")
public final class ReviewVerifyCommand extends JobCommand {

  @Override
  protected int call(MicrocertSettings settings, Progress progress) {
    ReviewLog log = new ReviewLog(settings.warehouse());
    ReviewLog.Verification v = log.verify();
    if (!v.ok()) {
      spec.commandLine()
          .getErr()
          .println("error: Cannot verify review log " + log.file() + ": " + v.problem());
      return ExitCodes.DATA_REJECTED;
    }
    spec.commandLine()
        .getOut()
        .println("review log intact: " + v.entries().size() + " entries, head " + v.headHash());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
