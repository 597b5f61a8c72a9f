package org.microcert.jobs.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.ExitCodes;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.Progress;
import org.microcert.pipelines.bench.ExtractBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code microcert bench extract}: stock EnglishAnalyzer vs full skill extraction. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Time Lucene's EnglishAnalyzer alone (the yardstick) and the full skill extraction over all"
            + " ESCO labels on the same real postings repeated to N; print postings/s for both,"
            + " their ratio (target <= 1.5 on one thread) and the all-core figures; last line"
            + " JSON.")
public final class ExtractBenchCommand extends JobCommand {

  @Option(
      names = "--postings",
      paramLabel = "N",
      defaultValue = "20000",
      description = "Postings per pass (default: ${DEFAULT-VALUE}).")
  int postings;

  @Mixin BenchPostingsOptions inputs;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) {
    var out = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
    ExtractBench.run(inputs.input, () -> inputs.esco.taxonomy(settings), postings, out);
    return ExitCodes.OK;
  }
}
