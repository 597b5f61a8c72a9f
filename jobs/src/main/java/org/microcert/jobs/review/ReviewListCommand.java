package org.microcert.jobs.review;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code microcert review list}. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description =
        "Show the current decisions and endorsements, each marked current or stale (its cited"
            + " report has changed since: alignment, demand evidence, ESCO release) and"
            + " endorsements past their expiry as expired.")
public final class ReviewListCommand extends JobCommand {

  @Option(names = "--submission", description = "Only this submission.")
  String submission;

  @Option(names = "--all", description = "Every log entry, superseded ones too.")
  boolean all;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) {
    List<LogEntry> entries = new ReviewLog(settings.warehouse()).entries();
    ReviewState all0 = ReviewState.of(entries);
    ReviewState state = submission == null ? all0 : all0.forSubmission(submission);
    Staleness staleness = new Staleness(settings.warehouse());
    PrintWriter out = spec.commandLine().getOut();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<LogEntry> shown =
        all
            ? entries.stream()
                .filter(e -> submission == null || e.submission().equals(submission))
                .toList()
            : entries.stream()
                .filter(
                    e ->
                        e.decision() != null
                            ? state.decisions().contains(e)
                            : state.endorsements().contains(e))
                .toList();
    if (shown.isEmpty()) {
      out.println("No review decisions or endorsements recorded in " + settings.warehouse() + ".");
      out.println("Record some with: microcert review import --input FILE");
      out.flush();
      return 0;
    }
    for (String line : ReviewTable.lines(shown, staleness, today)) {
      out.println(line);
    }
    out.flush();
    return 0;
  }
}
