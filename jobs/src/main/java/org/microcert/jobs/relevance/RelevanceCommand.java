package org.microcert.jobs.relevance;

import java.nio.file.Files;
import java.nio.file.Path;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.JobRunner;
import org.microcert.jobs.run.Progress;
import org.microcert.pipelines.relevance.RelevanceConfigReader;
import org.microcert.taxonomy.InputRejectedException;
import org.microcert.taxonomy.io.ConfigFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code microcert relevance}: runs the {@code relevanceJob}. */
@Command(
    name = "relevance",
    mixinStandardHelpOptions = true,
    description =
        "Score a submission's aligned competencies, outcomes and credentials against job-postings"
            + " demand (share, trend, breadth, essential-for-occupation, alignment confidence),"
            + " with evidence and bands, plus region gaps and pathway suggestions. Formula:"
            + " docs/relevance.md. Writes <warehouse>/relevance/<submission-id>/ (Parquet tables"
            + " and relevance.json).")
public final class RelevanceCommand extends JobCommand {

  @Option(
      names = "--submission",
      required = true,
      paramLabel = "FILE|ID",
      description = "Submission id, or the submission file (its name stem is the id).")
  String submission;

  @Option(
      names = "--region",
      paramLabel = "R",
      description = "Region of the demand tables (default: ALL).")
  String region = "ALL";

  @Option(
      names = "--period",
      paramLabel = "P",
      description = "YYYY-MM or YYYY-Qn (default: latest month with data).")
  String period;

  @Option(
      names = "--esco-version",
      paramLabel = "V",
      description = "ESCO version (default: last imported).")
  String escoVersion;

  @Option(names = "--lang", paramLabel = "L", description = "Taxonomy language (default: en).")
  String lang = "en";

  @Option(
      names = "--relevance-conf",
      paramLabel = "FILE",
      description =
          "Weights and thresholds (default: conf/relevance.yaml, else built-in defaults).")
  Path relevanceConf;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) {
    Path conf = relevanceConf != null ? relevanceConf : defaultConfig();
    if (conf != null) {
      try {
        RelevanceConfigReader.read(conf); // fail fast on a bad config, before the job starts
      } catch (IllegalArgumentException e) {
        throw new InputRejectedException(e.getMessage(), e);
      }
    }
    var params =
        new RelevanceParameters(
            settings.warehouse().toAbsolutePath().normalize(),
            submissionId(submission),
            region,
            period,
            escoVersion,
            lang,
            conf == null ? null : conf.toAbsolutePath().normalize());
    return new JobRunner(settings, progress)
        .run(
            RelevanceJobConfiguration.class,
            RelevanceJobConfiguration.JOB_NAME,
            params.toJobParameters());
  }

  /** conf/relevance.yaml next to the microcert configuration, if present. */
  public static Path defaultConfig() {
    return ConfigFiles.standard().find("relevance.yaml").orElse(null);
  }

  /** The id of {@code fileOrId}: a file's name without its extension, else the text itself. */
  static String submissionId(String fileOrId) {
    Path p = Path.of(fileOrId);
    if (Files.isRegularFile(p)) {
      String name = p.getFileName().toString();
      int dot = name.lastIndexOf('.');
      return dot > 0 ? name.substring(0, dot) : name;
    }
    return fileOrId;
  }
}
