package org.microcert.jobs.postings;

import java.util.Locale;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.JobRunner;
import org.microcert.jobs.run.Progress;
import org.microcert.pipelines.demand.DemandPipeline.Granularity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code microcert demand}: runs the {@code demandJob}. */
@Command(
    name = "demand",
    mixinStandardHelpOptions = true,
    description =
        "Skill and occupation demand per period x region x ISCO major group (postings, share, trend"
            + " with 95%% CI, breadth) and the essential-skill signal: warehouse/demand/.")
public final class DemandCommand extends JobCommand {

  @Option(
      names = "--period",
      paramLabel = "month|quarter",
      defaultValue = "month",
      description = "Period (default: ${DEFAULT-VALUE}).")
  String period;

  @Mixin ImportedReleaseOption release;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) {
    if (!period.equals("month") && !period.equals("quarter")) {
      throw new ParameterException(
          spec.commandLine(), "Cannot use --period " + period + ": expected month or quarter");
    }
    var params =
        new DemandParameters(
            Granularity.valueOf(period.toUpperCase(Locale.ROOT)),
            release.dir(settings),
            settings.warehouse().toAbsolutePath());
    return new JobRunner(settings, progress)
        .run(
            DemandJobConfiguration.class,
            DemandJobConfiguration.JOB_NAME,
            params.toJobParameters());
  }
}
