package org.microcert.jobs.run;

import java.util.concurrent.Callable;
import org.microcert.jobs.config.MicrocertSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of commands that run a job: gives them the settings, a progress printer and a runner.
 * Subclasses implement {@link #call(MicrocertSettings, Progress)}.
 */
public abstract class JobCommand implements Callable<Integer> {

  @Spec protected CommandSpec spec;

  @Override
  public final Integer call() throws Exception {
    MicrocertSettings settings = RootCommand.of(spec).settings();
    try (Progress progress = Progress.toStderr()) {
      return call(settings, progress);
    }
  }

  /** Does the command's work; returns its exit code (see {@link ExitCodes}). */
  protected abstract int call(MicrocertSettings settings, Progress progress) throws Exception;
}
