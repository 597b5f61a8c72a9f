package org.microcert.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the reports in headless Chromium (Debian package {@code chromium}), checks that every chart
 * drew and no script failed or was injected, and saves screenshots under {@code target/}. Skipped
 * only when no chromium binary is installed.
 */
class ReportBrowserIT {

  @TempDir static Path tmp;
  static ReportResult result;
  static String chromium;

  @BeforeAll
  static void writeTheFixtureReport() throws Exception {
    chromium = findChromium();
    assumeTrue(chromium != null, "chromium is not installed (apt-get install -y chromium)");
    Path warehouse = ReportFixtures.warehouse(tmp.resolve("wh"));
    result =
        ReportGenerator.generate(warehouse, null, tmp.resolve("out"), LocalDate.of(2026, 1, 15));
  }

  @Test
  void drawsAllFourChartsOfASubmissionWithoutScriptErrors() throws Exception {
    String dom = dumpDom(result.submissions().get(0).resolve("report.html"));
    assertThat(attribute(dom, "data-errors")).isEmpty();
    assertThat(attribute(dom, "data-charts-rendered")).isEqualTo("4");
  }

  @Test
  void showsUntrustedHtmlAsTextAndRunsNoInjectedScript() throws Exception {
    String dom = dumpDom(result.submissions().get(0).resolve("report.html"));
    // five scripts of our own: error hook, Chart.js, marker, chart data, chart drawing
    assertThat(count(dom, "<script")).isEqualTo(5);
    assertThat(count(dom, "<img")).isZero();
    assertThat(count(dom, "<b>Systems")).isZero();
    assertThat(dom)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; Legacy &lt;b&gt;Systems&lt;/b&gt;");
  }

  @Test
  void drawsTheOverviewCharts() throws Exception {
    String dom = dumpDom(result.index());
    assertThat(attribute(dom, "data-errors")).isEmpty();
    assertThat(attribute(dom, "data-charts-rendered")).isEqualTo("2");
  }

  @Test
  void savesAScreenshotOfTheSubmissionReport() throws Exception {
    Path png = Path.of("target", "report.png").toAbsolutePath();
    Files.deleteIfExists(png);
    run(
        List.of(
            "--screenshot=" + png,
            "--window-size=1280,2000",
            result.submissions().get(0).resolve("report.html").toUri().toString()));
    assertThat(png).isRegularFile();
    assertThat(Files.size(png)).isGreaterThan(20_000);
    Path index = Path.of("target", "report-index.png").toAbsolutePath();
    run(
        List.of(
            "--screenshot=" + index, "--window-size=1280,900", result.index().toUri().toString()));
  }

  private static String dumpDom(Path html) throws Exception {
    return run(List.of("--dump-dom", html.toUri().toString()));
  }

  private static String run(List<String> args) throws Exception {
    Path profile = Files.createTempDirectory(tmp, "chromium-profile");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + profile,
                "--virtual-time-budget=5000"));
    cmd.addAll(args);
    Path out = Files.createTempFile(tmp, "chromium", ".out");
    Path err = Files.createTempFile(tmp, "chromium", ".err");
    Process p =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 180 s: " + cmd);
    }
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(p.exitValue())
        .withFailMessage(() -> "chromium failed: " + readQuietly(err))
        .isZero();
    return stdout;
  }

  private static String attribute(String dom, String name) {
    Matcher m = Pattern.compile("<body[^>]*\\s" + name + "=\"([^\"]*)\"").matcher(dom);
    assertThat(m.find())
        .withFailMessage(
            "no %s on <body> in %s", name, dom.substring(0, Math.min(400, dom.length())))
        .isTrue();
    return m.group(1);
  }

  private static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  private static String readQuietly(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static String findChromium() {
    for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
      for (String dir :
          System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return p.toString();
        }
      }
    }
    return null;
  }
}
