package org.microcert.jobs.align;

import java.nio.file.Path;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.JobRunner;
import org.microcert.jobs.run.Progress;
import org.microcert.jobs.support.OptionChecks;
import org.microcert.pipelines.relevance.SafeNames;
import org.microcert.taxonomy.align.AlignmentRun;
import org.microcert.taxonomy.io.WarehouseLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code microcert align}: runs the {@code alignJob} on a submission file. */
@Command(
    name = "align",
    mixinStandardHelpOptions = true,
    description =
        "Align a submission's learning outcomes (CSV or JSON, see the template in the README) with"
            + " ESCO skills: alignments.jsonl, alignments.csv and rejects.csv, by default in"
            + " <warehouse>/alignments/<submission-id>/.")
public final class AlignCommand extends JobCommand {

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE",
      description = "Submission file (.csv, .json, .jsonl).")
  Path input;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "Output folder (default: <warehouse>/alignments/<submission-id>).")
  Path output;

  @Option(
      names = "--submission-id",
      paramLabel = "ID",
      description = "Submission id (default: input file name stem).")
  String submissionId;

  @Option(
      names = "--top",
      paramLabel = "K",
      defaultValue = "5",
      description = "Matches per outcome (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--taxonomy",
      paramLabel = "VERSION/LANG",
      description =
          "ESCO release to align with, e.g. v1.1.1/en (default: newest imported per language).")
  String taxonomy;

  @Option(
      names = "--lexical-only",
      description = "Skip the dense (MiniLM) side: faster, less accurate.")
  boolean lexicalOnly;

  /** Most matches per outcome that --top accepts. */
  static final int MAX_TOP = 100;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) {
    OptionChecks.inRange("--top", top, 1, MAX_TOP);
    String id =
        submissionId == null
            ? OptionChecks.submissionId(AlignmentRun.submissionId(input), "from the file name")
            : OptionChecks.submissionId(submissionId, "--submission-id");
    // The id comes from the submitter: it names a folder only in its file-name-safe form.
    Path out =
        output == null
            ? SafeNames.child(new WarehouseLayout(settings.warehouse()).alignments(), id)
            : output;
    var params =
        new AlignParameters(
            input.toAbsolutePath().normalize(),
            out.toAbsolutePath().normalize(),
            id,
            top,
            taxonomy,
            !lexicalOnly);
    return new JobRunner(settings, progress)
        .run(AlignJobConfiguration.class, AlignJobConfiguration.JOB_NAME, params.toJobParameters());
  }
}
