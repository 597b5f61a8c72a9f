package org.microcert.jobs.postings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.JobRunner;
import org.microcert.jobs.run.Progress;
import org.microcert.jobs.support.OptionChecks;
import org.microcert.taxonomy.InputRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code microcert postings ingest}: runs the {@code postingsIngestJob}. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description =
        "Read CSV or JSON Lines postings (plain or gzip) with the source's column mapping"
            + " (conf/sources/<source>.properties), clean the text, drop exact and near duplicates"
            + " (duplicate_of links), append to warehouse/postings/ by period and write rejects."
            + " Re-ingesting the same files adds nothing. Prints in / accepted / duplicates /"
            + " rejected.")
public final class PostingsIngestCommand extends JobCommand {

  @Option(
      names = "--input",
      required = true,
      arity = "1..*",
      paramLabel = "PATH",
      description = "Postings files.")
  List<Path> inputs;

  @Option(
      names = "--format",
      paramLabel = "csv|jsonl",
      description = "Input format (default: from the file name, else the mapping).")
  String format;

  @Option(
      names = "--source",
      paramLabel = "NAME",
      defaultValue = "shared",
      description = "Source mapping name (default: ${DEFAULT-VALUE}).")
  String source;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) {
    // Checked before the job starts too, so that a mistyped path is reported on the command's error
    // stream and leaves no failed job execution behind; the tasklet checks again on restart.
    String checkedFormat = OptionChecks.format(format);
    OptionChecks.source(source, PostingsInputs.confDir());
    for (Path in : inputs) {
      if (!Files.isRegularFile(in)) {
        throw new InputRejectedException("Cannot read postings file " + in + ": no such file");
      }
    }
    var params =
        new PostingsIngestParameters(
            inputs.stream().map(p -> p.toAbsolutePath().normalize()).toList(),
            checkedFormat,
            source,
            PostingsInputs.confDir(),
            settings.warehouse().toAbsolutePath());
    return new JobRunner(settings, progress)
        .run(
            PostingsIngestJobConfiguration.class,
            PostingsIngestJobConfiguration.JOB_NAME,
            params.toJobParameters());
  }
}
