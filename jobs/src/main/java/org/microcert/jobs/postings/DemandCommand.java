package org.microcert.jobs.postings;

import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.JobRunner;
import org.microcert.jobs.run.Progress;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code microcert demand}: runs the {@code demandJob}. */
@Command(
    name = "demand",
    mixinStandardHelpOptions = true,
    description =
        "Skill and occupation demand per period x region x ISCO major group (postings, share, trend with 95%% CI, breadth) and the essential-skill signal: warehouse/demand/.")
public final class DemandCommand extends JobCommand {

  @Option(names = "--period", paramLabel = "month|quarter", defaultValue = "month", description = "Period (default: ${DEFAULT-VALUE}).")
  String period;

  @Mixin EscoReleaseOption esco;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) {
    if (!period.equals("month") && !period.equals("quarter")) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "Cannot use --period " + period + ": expected month or quarter");
    }
    var params =
        new JobParametersBuilder()
            .addString("period", period)
            .addString("esco", esco.dir(settings).toString())
            .addString("warehouse", settings.warehouse().toAbsolutePath().toString())
            .toJobParameters();
    return new JobRunner(settings, progress)
        .run(DemandJobConfiguration.class, DemandJobConfiguration.JOB_NAME, params, ctx -> {});
  }
}
