package org.microcert.jobs.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.postings.PostingsInputs;
import org.microcert.jobs.postings.SentenceSkillsSetup;
import org.microcert.jobs.run.ExitCodes;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.Progress;
import org.microcert.pipelines.bench.PipelineBench;
import org.microcert.pipelines.spark.SparkSessions;
import org.microcert.taxonomy.io.WarehouseLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code microcert bench pipeline}: ingest → extraction → demand on N resampled postings. */
@Command(
    name = "pipeline",
    mixinStandardHelpOptions = true,
    description =
        "Build N postings by resampling the real ones and run ingest -> extraction -> demand end to"
            + " end (first on N/10, then N, to show scaling); print time, postings/s and peak heap,"
            + " last line JSON for N. Target: 100,000 in < 3 min on 2 cores with a 4 GB heap.")
public final class PipelineBenchCommand extends JobCommand {

  @Option(
      names = "--postings",
      paramLabel = "N",
      defaultValue = "100000",
      description = "Postings (default: ${DEFAULT-VALUE}).")
  int postings;

  @Option(
      names = "--small",
      paramLabel = "N",
      description = "Size of the scaling run (default: N/10; 0 to skip).")
  Integer small;

  @Mixin BenchPostingsOptions inputs;

  @Mixin SentenceSkillsSetup sentenceSkills;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) {
    var out = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
    var taxonomy = inputs.esco.taxonomy(settings);
    var spark =
        SparkSessions.getOrCreate(
            "microcert-bench-pipeline", settings.sparkMaster(), settings.sparkConf());
    Path work = new WarehouseLayout(settings.warehouse()).pipelineBench();
    int smallN = small != null ? small : Math.max(1, postings / 10);
    PipelineBench.Result a =
        smallN > 0 && smallN != postings
            ? PipelineBench.run(
                spark,
                taxonomy,
                PostingsInputs.confDir(),
                inputs.input,
                smallN,
                work.resolve("small"),
                sentenceSkills.rules(),
                out)
            : null;
    PipelineBench.Result b =
        PipelineBench.run(
            spark,
            taxonomy,
            PostingsInputs.confDir(),
            inputs.input,
            postings,
            work.resolve("full"),
            sentenceSkills.rules(),
            out);
    if (a != null) {
      out.printf(
          Locale.ROOT,
          "scaling %d -> %d postings: time x%.2f for x%.1f postings%n",
          a.postings(),
          b.postings(),
          b.seconds() / a.seconds(),
          b.postings() / (double) a.postings());
      out.println(a.json());
    }
    out.println(b.json());
    return ExitCodes.OK;
  }
}
