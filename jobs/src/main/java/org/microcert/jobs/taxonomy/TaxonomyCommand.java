package org.microcert.jobs.taxonomy;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code microcert taxonomy}: import, list and compare ESCO releases. */
@Command(
    name = "taxonomy",
    mixinStandardHelpOptions = true,
    description = "Import, list and compare ESCO releases.",
    subcommands = {
      TaxonomyImportCommand.class,
      TaxonomyListCommand.class,
      TaxonomyDiffCommand.class,
      CommandLine.HelpCommand.class
    })
public final class TaxonomyCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: import, list or diff");
  }
}
