package org.microcert.jobs.report;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report run wrote.
 *
 * @param index the overview {@code index.html}
 * @param submissions per submission, its folder (report.html, report.json, *.csv)
 * @param reportHashes per submission id, its report's content hash (what review decisions cite)
 */
public record ReportResult(Path index, List<Path> submissions, Map<String, String> reportHashes) {
  public ReportResult {
    submissions = List.copyOf(submissions);
    reportHashes = Collections.unmodifiableMap(new LinkedHashMap<>(reportHashes));
  }
}
