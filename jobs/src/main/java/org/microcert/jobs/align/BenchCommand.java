package org.microcert.jobs.align;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code microcert bench}: throughput benchmarks that print figures (no warehouse output). */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Throughput benchmarks; each prints its figures and, last, one JSON line.",
    subcommands = {
      AlignBenchCommand.class,
      org.microcert.jobs.postings.ExtractBenchCommand.class,
      org.microcert.jobs.postings.ExtractQualityCommand.class,
      org.microcert.jobs.postings.ExtractEscoBenchCommand.class,
      org.microcert.jobs.postings.TitleBenchCommand.class,
      org.microcert.jobs.postings.PairedBenchCommand.class,
      org.microcert.jobs.postings.PipelineBenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class BenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing benchmark");
  }
}
