package org.microcert.jobs.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What a report run wrote.
 *
 * @param index the overview {@code index.html}
 * @param submissions per submission, its folder (report.html, report.json, *.csv)
 */
public record ReportResult(Path index, List<Path> submissions) {
  public ReportResult {
    submissions = List.copyOf(submissions);
  }
}
