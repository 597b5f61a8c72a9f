package org.microcert.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.run.Progress;

/** The report tasklet on the fixture warehouse, without a Spring context. */
class ReportTaskletTest {

  static final LocalDate DAY = LocalDate.of(2026, 1, 15);

  @TempDir Path tmp;

  @Test
  void writesTheNamedSubmissionAndSaysWhere() throws Exception {
    Path warehouse = ReportFixtures.warehouse(tmp.resolve("wh"));
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    ReportResult r;
    try (Progress progress = new Progress(new PrintStream(lines, true, StandardCharsets.UTF_8))) {
      r = new ReportTasklet(progress).write(new ReportParameters(warehouse, "demo", tmp, DAY));
    }

    assertThat(r.submissions()).hasSize(1);
    assertThat(r.submissions().get(0).resolve("report.html")).isRegularFile();
    assertThat(lines.toString(StandardCharsets.UTF_8))
        .contains("report: 1 submission(s) -> " + r.index());
  }

  @Test
  void parametersReadBackFromTheJobWriteTheSameReport() throws Exception {
    Path warehouse = ReportFixtures.warehouse(tmp.resolve("wh"));
    ReportParameters direct = new ReportParameters(warehouse, null, tmp.resolve("a"), DAY);
    ReportParameters viaJob =
        ReportParameters.from(
            new ReportParameters(warehouse, null, tmp.resolve("b"), DAY).toJobParameters());
    try (Progress progress = new Progress(new PrintStream(new ByteArrayOutputStream(), true))) {
      ReportTasklet tasklet = new ReportTasklet(progress);
      tasklet.write(direct);
      tasklet.write(viaJob);
    }

    assertThat(Files.readString(tmp.resolve("b/demo/report.json")))
        .isEqualTo(Files.readString(tmp.resolve("a/demo/report.json")));
    assertThat(Files.readString(tmp.resolve("b/index.html")))
        .isEqualTo(Files.readString(tmp.resolve("a/index.html")));
  }
}
