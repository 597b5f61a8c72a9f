package org.microcert.jobs.postings;

import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.JobRunner;
import org.microcert.jobs.run.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code microcert postings extract}: runs the {@code postingsExtractJob}. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Find every ESCO skill mention (URI, matched text, offsets, section) in the kept postings"
            + " and code each title to an ESCO occupation and ISCO group: warehouse/mentions/,"
            + " titles/.")
public final class PostingsExtractCommand extends JobCommand {

  @Mixin ImportedReleaseOption release;

  @Mixin TitleCoderOption titleCoder;

  @Mixin SentenceSkillsSetup sentenceSkills;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) {
    var params =
        new PostingsExtractParameters(
            release.dir(settings),
            settings.warehouse().toAbsolutePath(),
            titleCoder.coder,
            sentenceSkills.rules());
    return new JobRunner(settings, progress)
        .run(
            PostingsExtractJobConfiguration.class,
            PostingsExtractJobConfiguration.JOB_NAME,
            params.toJobParameters());
  }
}
