package org.microcert.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.microcert.jobs.align.AlignCommand;
import org.microcert.jobs.bench.BenchCommand;
import org.microcert.jobs.config.JdbcUrls;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.config.SettingsLoader;
import org.microcert.jobs.demo.DemoCommand;
import org.microcert.jobs.eval.EvalCommand;
import org.microcert.jobs.nightly.NightlyCommand;
import org.microcert.jobs.nightly.ScheduleCommand;
import org.microcert.jobs.postings.DemandCommand;
import org.microcert.jobs.postings.PostingsCommand;
import org.microcert.jobs.publish.CatalogCommand;
import org.microcert.jobs.relevance.RelevanceCommand;
import org.microcert.jobs.report.ReportCommand;
import org.microcert.jobs.review.ReviewCommand;
import org.microcert.jobs.run.ExitCodes;
import org.microcert.jobs.run.RootCommand;
import org.microcert.jobs.runs.RunsCommand;
import org.microcert.jobs.support.OptionChecks;
import org.microcert.jobs.support.UsageException;
import org.microcert.jobs.taxonomy.TaxonomyCommand;
import org.microcert.taxonomy.InputRejectedException;
import org.microcert.taxonomy.io.ConfigFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code microcert} command: parses the command line and hands over to one job. */
@Command(
    name = "microcert",
    mixinStandardHelpOptions = true,
    version = "microcert 0.1.0",
    description =
        "Makes Ontario's micro-certification framework checkable at scale: ESCO taxonomy import,"
            + " job-postings demand, outcome alignment, relevance reports.",
    subcommands = {
      TaxonomyCommand.class,
      PostingsCommand.class,
      DemandCommand.class,
      AlignCommand.class,
      EvalCommand.class,
      RelevanceCommand.class,
      ReportCommand.class,
      ReviewCommand.class,
      CatalogCommand.class,
      NightlyCommand.class,
      ScheduleCommand.class,
      RunsCommand.class,
      BenchCommand.class,
      DemoCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 failure (run again to restart), 2 usage error, 3 input data rejected.",
      "Run 'microcert COMMAND --help' for a command's options."
    })
public final class MicrocertCli implements Runnable, RootCommand {

  @Option(
      names = "--warehouse",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description = "Warehouse folder (default: from --conf, else ./warehouse).")
  Path warehouse;

  @Option(
      names = "--conf",
      scope = ScopeType.INHERIT,
      paramLabel = "FILE",
      description = "Configuration file (default: conf/microcert.yaml, here or in MICROCERT_HOME).")
  Path conf;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
  }

  @Override
  public MicrocertSettings settings() {
    MicrocertSettings s = SettingsLoader.load(confFile());
    return OptionChecks.warehouse(warehouse == null ? s : s.withWarehouse(warehouse));
  }

  private Path confFile() {
    if (conf != null) {
      if (!Files.isRegularFile(conf)) {
        throw new InputRejectedException("Cannot read configuration " + conf + ": no such file");
      }
      return conf;
    }
    return ConfigFiles.standard().locate("microcert.yaml");
  }

  @Override
  public CommandLine newCommandLine() {
    return commandLine();
  }

  /** Builds the command line with microcert's exit-code mapping. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new MicrocertCli());
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof UsageException usage) {
            commandLine.getErr().println("error: " + usage.getMessage());
            return ExitCodes.USAGE;
          }
          InputRejectedException rejected = ExitCodes.findRejection(e);
          if (rejected != null) {
            commandLine.getErr().println("error: " + rejected.getMessage());
            return ExitCodes.DATA_REJECTED;
          }
          commandLine.getErr().println("error: " + JdbcUrls.mask(e.getMessage()));
          if (System.getenv("MICROCERT_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
          }
          return ExitCodes.FAILURE;
        });
    cl.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
    return cl;
  }

  public static void main(String[] args) {
    int code = commandLine().execute(args);
    System.exit(code);
  }
}
