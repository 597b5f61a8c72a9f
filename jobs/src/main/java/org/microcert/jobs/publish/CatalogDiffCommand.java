package org.microcert.jobs.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.microcert.jobs.catalog.Catalog;
import org.microcert.jobs.catalog.CatalogJson;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.review.LogEntry;
import org.microcert.jobs.review.ReviewLog;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.Progress;
import org.microcert.taxonomy.InputRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code microcert catalog diff A B}. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "Compare two catalog versions' catalog.json (folders, or versions in the warehouse):"
            + " competencies added, removed and changed, and the SemVer bump.")
public final class CatalogDiffCommand extends JobCommand {

  @Parameters(index = "0", paramLabel = "A", description = "Older version (folder or version).")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "Newer version (folder or version).")
  String b;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) throws Exception {
    Catalog x = read(settings, a);
    Catalog y = read(settings, b);
    ReviewLog.Verification log = new ReviewLog(settings.warehouse()).verify();
    List<LogEntry> entries = log.ok() ? log.entries() : List.of();
    CatalogChanges c = CatalogChanges.between(x, y, entries);
    spec.commandLine().getOut().print(c.markdown());
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static Catalog read(MicrocertSettings settings, String where) throws Exception {
    Path dir = CatalogFiles.resolve(settings.warehouse(), where);
    Path f = dir.resolve(CatalogJson.FILE_NAME);
    if (!Files.isRegularFile(f)) {
      throw new InputRejectedException(
          "Cannot compare catalogs: no " + CatalogJson.FILE_NAME + " in " + dir);
    }
    return CatalogJson.read(f);
  }
}
