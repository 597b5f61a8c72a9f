package org.microcert.jobs.taxonomy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.JobRunner;
import org.microcert.jobs.run.Progress;
import org.microcert.taxonomy.InputRejectedException;
import org.microcert.taxonomy.esco.EscoCsvLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code microcert taxonomy import}: runs the {@code taxonomyImportJob}. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Import an official ESCO CSV release folder into the warehouse: Parquet tables, a manifest"
            + " (checksums, rows in / accepted / rejected), rejects.csv and the Lucene competency"
            + " index. Re-importing identical files does nothing.")
public final class TaxonomyImportCommand extends JobCommand {

  @Option(
      names = "--esco",
      required = true,
      paramLabel = "DIR",
      description = "ESCO CSV release folder.")
  Path esco;

  @Option(
      names = "--version",
      paramLabel = "V",
      description = "ESCO version, e.g. v1.1.1 (default: detected).")
  String version;

  @Option(
      names = "--lang",
      paramLabel = "L",
      description = "Language code, e.g. en (default: from file names).")
  String lang;

  @Option(
      names = "--partial",
      description =
          "The release lacks core files (skills, occupations or their relations; the French folder"
              + " has occupations and groups only): import what there is. Without it such a"
              + " release is refused (exit 3).")
  boolean partial;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) {
    if (!Files.isDirectory(esco)) {
      throw new InputRejectedException("Cannot import ESCO release " + esco + ": no such folder");
    }
    List<String> missing =
        EscoCsvLoader.missingCoreFiles(esco.toAbsolutePath().normalize(), version, lang);
    if (!missing.isEmpty() && !partial) {
      throw new InputRejectedException(
          "Cannot import ESCO release "
              + esco
              + ": it has no "
              + String.join(", ", missing)
              + " (pass --partial to import a partial release as it is)");
    }
    if (!missing.isEmpty()) {
      progress.info("partial release: no " + String.join(", ", missing));
    }
    long start = System.nanoTime();
    var params =
        new TaxonomyImportParameters(
            esco.toAbsolutePath().normalize(),
            version,
            lang,
            settings.warehouse().toAbsolutePath().normalize());
    int code =
        new JobRunner(settings, progress)
            .run(
                TaxonomyImportJobConfiguration.class,
                TaxonomyImportJobConfiguration.JOB_NAME,
                params.toJobParameters());
    progress.info(
        String.format(
            Locale.ROOT, "taxonomy import took %.1f s", (System.nanoTime() - start) / 1e9));
    return code;
  }
}
