package org.microcert.jobs.postings;

import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.JobRunner;
import org.microcert.jobs.run.Progress;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code microcert postings extract}: runs the {@code postingsExtractJob}. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Find every ESCO skill mention (URI, matched text, offsets, section) in the kept postings and code each title to an ESCO occupation and ISCO group: warehouse/mentions/, titles/.")
public final class PostingsExtractCommand extends JobCommand {

  @Mixin EscoReleaseOption esco;

  @Mixin TitleCoderOption titleCoder;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) {
    var params =
        new JobParametersBuilder()
            .addString("esco", esco.dir(settings).toString())
            .addString("titleCoder", titleCoder.coder)
            .addString("warehouse", settings.warehouse().toAbsolutePath().toString())
            .toJobParameters();
    return new JobRunner(settings, progress)
        .run(
            PostingsExtractJobConfiguration.class,
            PostingsExtractJobConfiguration.JOB_NAME,
            params,
            ctx -> {});
  }
}
