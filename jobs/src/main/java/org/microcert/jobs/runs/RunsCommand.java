package org.microcert.jobs.runs;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.microcert.jobs.run.RootCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code microcert runs}: past runs from the job repository, newest first. */
@Command(
    name = "runs",
    mixinStandardHelpOptions = true,
    description =
        "List past runs from the job repository: id, job, status, start, duration, counts per step"
            + " and a failure's reason. 'runs show ID' gives one run in detail.",
    subcommands = {RunsShowCommand.class, CommandLine.HelpCommand.class})
public final class RunsCommand implements Callable<Integer> {

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "Show at most N runs (default: ${DEFAULT-VALUE}).")
  int limit;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Cannot list runs: --limit must be at least 1, got " + limit);
    }
    var settings = RootCommand.of(spec).settings();
    List<RunRecord> runs = new RunHistory(settings).recent(limit);
    PrintWriter out = spec.commandLine().getOut();
    if (runs.isEmpty()) {
      out.println("No runs recorded for warehouse " + settings.warehouse() + ".");
    } else {
      RunFormat.header(out);
      runs.forEach(r -> RunFormat.line(out, r));
    }
    out.flush();
    return 0;
  }
}
