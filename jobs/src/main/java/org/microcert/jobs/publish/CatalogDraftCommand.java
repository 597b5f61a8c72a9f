package org.microcert.jobs.publish;

import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.JobRunner;
import org.microcert.jobs.run.Progress;
import picocli.CommandLine.Command;

/** {@code microcert catalog draft}. */
@Command(
    name = "draft",
    mixinStandardHelpOptions = true,
    description =
        "Build the catalog 'catalog publish' would publish now, unsigned, into"
            + " <warehouse>/catalog/draft/ (replaced as one folder), and say what a publish would"
            + " change against the latest version. Nightly does this when reports or review"
            + " decisions changed.")
public final class CatalogDraftCommand extends JobCommand {

  @Override
  protected int call(MicrocertSettings settings, Progress progress) {
    var params = new CatalogDraftParameters(settings.warehouse().toAbsolutePath().normalize());
    return new JobRunner(settings, progress)
        .run(
            CatalogDraftJobConfiguration.class,
            CatalogDraftJobConfiguration.JOB_NAME,
            params.toJobParameters());
  }
}
