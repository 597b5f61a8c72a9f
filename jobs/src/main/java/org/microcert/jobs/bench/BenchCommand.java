package org.microcert.jobs.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code microcert bench}: throughput benchmarks that print figures (no warehouse output). */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Throughput benchmarks; each prints its figures and, last, one JSON line.",
    subcommands = {
      AlignBenchCommand.class,
      ExtractBenchCommand.class,
      ExtractQualityCommand.class,
      ExtractEscoBenchCommand.class,
      TitleBenchCommand.class,
      PairedBenchCommand.class,
      PipelineBenchCommand.class,
      NightlyBenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class BenchCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing benchmark");
  }
}
