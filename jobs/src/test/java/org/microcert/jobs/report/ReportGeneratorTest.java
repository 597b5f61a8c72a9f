package org.microcert.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.pipelines.relevance.RelevanceDataException;

class ReportGeneratorTest {

  static final LocalDate DAY = LocalDate.of(2026, 1, 15);

  @TempDir static Path tmp;
  static Path warehouse;
  static ReportResult result;
  static Path dir;

  @BeforeAll
  static void writeTheFixtureReport() throws Exception {
    warehouse = ReportFixtures.warehouse(tmp.resolve("wh"));
    result = ReportGenerator.generate(warehouse, null, tmp.resolve("out"), DAY);
    dir = result.submissions().get(0);
  }

  @Test
  void writesAnOverviewAndPerSubmissionHtmlJsonAndCsv() {
    assertThat(result.index()).isRegularFile().hasFileName("index.html");
    assertThat(dir).isEqualTo(tmp.resolve("out/demo").toAbsolutePath());
    for (String f :
        new String[] {
          "report.html",
          "report.json",
          "credentials.csv",
          "conformance.csv",
          "outcomes.csv",
          "competencies.csv",
          "region_gaps.csv",
          "target_occupations.csv",
          "pathways.csv",
          "trends.csv"
        }) {
      assertThat(dir.resolve(f)).isRegularFile();
    }
  }

  @Test
  void inlinesChartJsSoThePageNeedsNoNetwork() throws Exception {
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html)
        .contains("Chart.js v4.5.1")
        .doesNotContain("src=\"http")
        .doesNotContain("<link");
    assertThat(html).contains("<canvas id=\"chart-trend\">");
  }

  @Test
  void escapesUntrustedTextInHtmlAndInTheChartData() throws Exception {
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html)
        .doesNotContain("<script>alert(1)")
        .doesNotContain("<img src=x")
        .doesNotContain("<b>Systems");
    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; Legacy &lt;b&gt;Systems&lt;/b&gt;");
    assertThat(html).contains("&lt;img src=x onerror=alert(2)&gt;");
    String index = Files.readString(result.index());
    assertThat(index).doesNotContain("<script>alert");
  }

  @Test
  void neutralisesFormulaCellsInTheCsv() throws Exception {
    String csv = Files.readString(dir.resolve("outcomes.csv"));
    assertThat(csv)
        .contains("\"'=HYPERLINK(\"\"http://evil\"\") maintain")
        .doesNotContain(",=HYPERLINK");
  }

  @Test
  void reportsConformancePerCredentialAsOfTheReportDate() throws Exception {
    JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    assertThat(json.get("report_date").asText()).isEqualTo("2026-01-15");
    JsonNode conformance = json.get("conformance");
    assertThat(conformance).hasSize(14);
    assertThat(status(conformance, "C1", "Partner endorsement current")).isEqualTo("pass");
    assertThat(status(conformance, "../../etc/C2", "Partner endorsement current"))
        .isEqualTo("fail");
    assertThat(status(conformance, "../../etc/C2", "Transcript code")).isEqualTo("fail");
    assertThat(status(conformance, "C1", "Labour-market relevance evidence")).isEqualTo("warn");
    assertThat(status(conformance, "C1", "Knowledge, skills and attitudes")).isEqualTo("warn");
    assertThat(json.get("credentials").get(1).get("score").asDouble()).isEqualTo(59.2);
  }

  @Test
  void writesTheSameBytesTwice() throws Exception {
    ReportResult again = ReportGenerator.generate(warehouse, "demo", tmp.resolve("out2"), DAY);
    for (String f : new String[] {"report.html", "report.json", "outcomes.csv"}) {
      assertThat(Files.readString(again.submissions().get(0).resolve(f)))
          .isEqualTo(Files.readString(dir.resolve(f)));
    }
  }

  @Test
  void rejectsAnUnknownSubmissionAndKeepsTraversalOutOfFileNames() {
    assertThatThrownBy(() -> ReportGenerator.generate(warehouse, "nope", tmp.resolve("o3"), DAY))
        .isInstanceOf(RelevanceDataException.class)
        .hasMessageStartingWith("Cannot write report: no submission 'nope'");
    assertThatThrownBy(
            () -> ReportGenerator.generate(warehouse, "../../etc", tmp.resolve("o4"), DAY))
        .isInstanceOf(RelevanceDataException.class);
    assertThat(tmp.resolve("etc")).doesNotExist();
    assertThatThrownBy(
            () -> ReportGenerator.generate(tmp.resolve("empty"), null, tmp.resolve("o5"), DAY))
        .isInstanceOf(RelevanceDataException.class)
        .hasMessageContaining("no submissions");
  }

  private static String status(JsonNode conformance, String code, String element) {
    for (JsonNode c : conformance) {
      if (c.get("credential_code").asText().equals(code)
          && c.get("element").asText().equals(element)) {
        return c.get("status").asText();
      }
    }
    throw new AssertionError(code + " / " + element);
  }
}
