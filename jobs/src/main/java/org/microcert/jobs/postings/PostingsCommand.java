package org.microcert.jobs.postings;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code microcert postings}: ingest postings, extract skills and code titles. */
@Command(
    name = "postings",
    mixinStandardHelpOptions = true,
    description =
        "Job postings: ingest files into the warehouse, then extract skill mentions and code"
            + " titles.",
    subcommands = {
      PostingsIngestCommand.class,
      PostingsExtractCommand.class,
      CommandLine.HelpCommand.class
    })
public final class PostingsCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
  }
}
