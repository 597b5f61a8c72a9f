package org.microcert.jobs.runs;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.microcert.jobs.run.ExitCodes;
import org.microcert.jobs.run.RootCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code microcert runs show ID}: one past run in detail. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description =
        "Show one run in detail: parameters, steps with read/write/skip counts and times.")
public final class RunsShowCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "ID", description = "The run's id (from 'microcert runs').")
  long id;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var settings = RootCommand.of(spec).settings();
    Optional<RunRecord> run = new RunHistory(settings).find(id);
    if (run.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println("Cannot show run " + id + ": no such run in the job repository");
      return ExitCodes.USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    RunFormat.detail(out, run.get());
    out.flush();
    return 0;
  }
}
