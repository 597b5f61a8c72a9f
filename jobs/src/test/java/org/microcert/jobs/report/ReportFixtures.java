package org.microcert.jobs.report;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The report fixture warehouse: submission {@code demo} (alignments.jsonl with a {@code <script>}
 * title, an {@code <img onerror>} outcome, a formula-like outcome and a {@code ../../etc/C2}
 * credential code) and its relevance.json as written by the relevance pipeline test ({@code
 * RelevanceScoringPipelineTest}, copied from pipelines/target/relevance-demo/).
 */
final class ReportFixtures {

  private ReportFixtures() {}

  static Path warehouse(Path into) throws IOException {
    Path src;
    try {
      src = Path.of(ReportFixtures.class.getResource("/fixtures/report/warehouse").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> s = Files.walk(src)) {
      for (Path p : s.toList()) {
        Path t = into.resolve(src.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
    return into;
  }
}
