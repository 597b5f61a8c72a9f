package org.microcert.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demand trend on the report fixture (two months of demand: chart drawn) and on the same data
 * cut to one month, as the demo scores one quarter (the words "one period: no trend" instead).
 */
class ReportTrendTest {

  static final LocalDate DAY = LocalDate.of(2026, 1, 15);
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void twoPeriodsShowTheTrendChartAndTheTrendFigures() throws Exception {
    Path dir = report(ReportFixtures.warehouse(tmp.resolve("wh")));
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html)
        .contains("<canvas id=\"chart-trend\">")
        .doesNotContain(SubmissionViews.NO_TREND);
    assertThat(JSON.readTree(dir.resolve("report.json").toFile()).get("trend_note").isNull())
        .isTrue();
    List<String> trends = column(dir.resolve("competencies.csv"), "trend");
    assertThat(trends).contains("0.05").doesNotContain(SubmissionViews.NO_TREND);
  }

  @Test
  void onePeriodSaysSoWhereTheTrendChartAndColumnWouldBe() throws Exception {
    Path wh = ReportFixtures.warehouse(tmp.resolve("wh"));
    keepOnePeriod(wh.resolve("relevance/demo/relevance.json"));
    Path dir = report(wh);
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html)
        .doesNotContain("<canvas id=\"chart-trend\">")
        .contains("<p class=\"no-trend\">one period: no trend</p>");
    assertThat(JSON.readTree(dir.resolve("report.json").toFile()).get("trend_note").asText())
        .isEqualTo("one period: no trend");
    List<String> trends = column(dir.resolve("competencies.csv"), "trend");
    assertThat(trends).isNotEmpty().containsOnly("one period: no trend");
    assertThat(column(dir.resolve("region_gaps.csv"), "trend"))
        .containsOnly("one period: no trend");
    // the other columns keep their figures
    assertThat(column(dir.resolve("competencies.csv"), "share")).doesNotContain("");
  }

  @Test
  void aPreviousPeriodWithoutMonthsToChartKeepsTheTrendFiguresAndSaysWhyTheChartIsEmpty()
      throws Exception {
    Path wh = ReportFixtures.warehouse(tmp.resolve("wh"));
    Path relevance = wh.resolve("relevance/demo/relevance.json");
    ObjectNode doc = (ObjectNode) JSON.readTree(relevance.toFile());
    doc.set("trends", JSON.createArrayNode()); // as a quarterly run: no monthly periods to chart
    JSON.writeValue(relevance.toFile(), doc);
    Path dir = report(wh);
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html)
        .doesNotContain("<canvas id=\"chart-trend\">")
        .doesNotContain(SubmissionViews.NO_TREND)
        .contains(SubmissionViews.NO_TREND_CHART);
    assertThat(column(dir.resolve("competencies.csv"), "trend"))
        .contains("0.05")
        .doesNotContain(SubmissionViews.NO_TREND);
  }

  private Path report(Path warehouse) {
    return ReportGenerator.generate(warehouse, "demo", tmp.resolve("out"), DAY)
        .submissions()
        .get(0);
  }

  /** Cuts the fixture's relevance to its scored month: no earlier share, no trend. */
  private static void keepOnePeriod(Path relevance) throws Exception {
    ObjectNode doc = (ObjectNode) JSON.readTree(relevance.toFile());
    String period = doc.get("period").asText();
    ArrayNode kept = JSON.createArrayNode();
    for (JsonNode t : doc.get("trends")) {
      if (t.get("period").asText().equals(period)) {
        kept.add(t);
      }
    }
    doc.set("trends", kept);
    for (String table : List.of("competencies", "region_gaps", "pathways")) {
      for (JsonNode row : doc.get(table)) {
        for (String f : List.of("prev_share", "trend", "trend_ci_low", "trend_ci_high")) {
          if (row.has(f)) {
            ((ObjectNode) row).putNull(f);
          }
        }
      }
    }
    JSON.writeValue(relevance.toFile(), doc);
  }

  private static List<String> column(Path csv, String name) throws Exception {
    List<String> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(csv)) {
      for (CSVRecord rec :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        out.add(rec.get(name));
      }
    }
    return out;
  }
}
