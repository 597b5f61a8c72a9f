package org.microcert.jobs.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.ExitCodes;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.Progress;
import org.microcert.pipelines.bench.PairedRuns;
import org.microcert.taxonomy.InputRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code microcert bench paired}: paired bootstrap of a change over several gold files. */
@Command(
    name = "paired",
    mixinStandardHelpOptions = true,
    description =
        "Judge a change from saved --details outputs of bench extract-esco or bench titles: file i"
            + " of --after against file i of --before, texts paired by position, resampled"
            + " together; prints each file's difference (micro F1 or accuracy) and, last, JSON"
            + " {\"delta\" (mean over files), \"ci95\", \"win_share\", \"wins\" (interval above"
            + " 0)}.")
public final class PairedBenchCommand extends JobCommand {

  @Option(
      names = "--before",
      required = true,
      split = ",",
      paramLabel = "FILE",
      description = "Baseline runs, one per gold file.")
  List<Path> before;

  @Option(
      names = "--after",
      required = true,
      split = ",",
      paramLabel = "FILE",
      description = "Changed runs, same gold files in the same order.")
  List<Path> after;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      defaultValue = "10000",
      description = "Bootstrap rounds (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
    try {
      PairedRuns.compare(before, after, rounds, seed, out);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new InputRejectedException(e.getMessage(), e);
    }
    return ExitCodes.OK;
  }
}
