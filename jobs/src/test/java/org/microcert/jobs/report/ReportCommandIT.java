package org.microcert.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.cli.MicrocertCli;
import picocli.CommandLine;

class ReportCommandIT {

  @TempDir Path tmp;

  @Test
  void writesTheReportsAndExitsZero() throws Exception {
    Path wh = ReportFixtures.warehouse(tmp.resolve("wh"));
    int code =
        MicrocertCli.commandLine()
            .execute(
                "report",
                "--warehouse",
                wh.toString(),
                "--output",
                tmp.resolve("out").toString(),
                "--date",
                "2026-01-15");
    assertThat(code).isZero();
    assertThat(tmp.resolve("out/index.html")).isRegularFile();
    assertThat(tmp.resolve("out/demo/report.html")).isRegularFile();
    assertThat(tmp.resolve("out/demo/conformance.csv")).isRegularFile();
  }

  @Test
  void exitsThreeWithAClearMessageForAnUnknownSubmission() throws Exception {
    Path wh = ReportFixtures.warehouse(tmp.resolve("wh"));
    StringWriter err = new StringWriter();
    CommandLine cl = MicrocertCli.commandLine();
    cl.setErr(new PrintWriter(err));
    int code =
        cl.execute(
            "report",
            "--warehouse",
            wh.toString(),
            "--submission",
            "nope",
            "--output",
            tmp.resolve("out").toString(),
            "--date",
            "2026-01-15");
    assertThat(code).isEqualTo(3);
  }
}
