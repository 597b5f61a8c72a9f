package org.microcert.jobs.taxonomy;

import java.nio.file.Path;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.ExitCodes;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.JobRunner;
import org.microcert.jobs.run.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code microcert taxonomy diff V1 V2}: concepts added, removed and changed between releases. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "List the concepts added, removed and changed (labels, type, description, broader concepts,"
            + " relations) between two imported releases; writes changes.json and Parquet under"
            + " <warehouse>/taxonomy/diff/<V1>__<V2>/<lang>/.")
public final class TaxonomyDiffCommand extends JobCommand {

  @Parameters(index = "0", paramLabel = "V1", description = "The older version, e.g. v1.1.0.")
  String from;

  @Parameters(index = "1", paramLabel = "V2", description = "The newer version, e.g. v1.1.1.")
  String to;

  @Option(
      names = "--lang",
      defaultValue = "en",
      paramLabel = "L",
      description = "Language (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(
      names = "--limit",
      defaultValue = "20",
      paramLabel = "N",
      description = "Changes listed per kind (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) throws Exception {
    var params =
        new TaxonomyDiffParameters(
            from, to, lang, settings.warehouse().toAbsolutePath().normalize());
    int code =
        new JobRunner(settings, progress)
            .run(
                TaxonomyDiffJobConfiguration.class,
                TaxonomyDiffJobConfiguration.JOB_NAME,
                params.toJobParameters());
    if (code == ExitCodes.OK) {
      Path json = params.outputDir(settings.warehouse()).resolve("changes.json");
      TaxonomyDiffTable.print(spec.commandLine().getOut(), json, limit);
    }
    return code;
  }
}
