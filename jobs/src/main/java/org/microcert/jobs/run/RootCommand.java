package org.microcert.jobs.run;

import org.microcert.jobs.config.MicrocertSettings;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the root command gives every subcommand: the settings of this run and a fresh command line
 * to run further commands. Subcommands reach it through {@link #of(CommandSpec)}, never through the
 * root command's class, so that features do not depend on the command that lists them.
 */
public interface RootCommand {

  /** The settings of this run: the configuration file with command-line overrides. */
  MicrocertSettings settings();

  /** A new command line of the whole program (for commands that run other commands). */
  CommandLine newCommandLine();

  /** The root command of {@code spec}'s command line. */
  static RootCommand of(CommandSpec spec) {
    if (spec.root().userObject() instanceof RootCommand root) {
      return root;
    }
    throw new IllegalStateException(
        "Cannot run " + spec.qualifiedName() + ": its root command does not provide settings");
  }
}
