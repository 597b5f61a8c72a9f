package org.microcert.jobs.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.microcert.jobs.conformance.ConformanceChecker;
import org.microcert.jobs.conformance.ConformanceStatus;
import org.microcert.jobs.provenance.ReportDigest;
import org.microcert.jobs.provenance.ReportDigests;
import org.microcert.pipelines.relevance.RelevanceDataException;
import org.microcert.pipelines.relevance.SafeNames;
import org.microcert.taxonomy.io.IoReasons;
import org.microcert.taxonomy.io.WarehouseLayout;

/**
 * Writes the working groups' reports: per submission a self-contained {@code report.html} (tables
 * and Chart.js charts, no network needed), {@code report.json} and one CSV per table, in {@code
 * <output>/<safe submission id>/}; and an overview {@code <output>/index.html}.
 *
 * <p>Reads {@code warehouse/alignments/<id>/alignments.jsonl} (required) and {@code
 * warehouse/relevance/<id>/relevance.json} (optional: without it the relevance element fails and
 * the relevance tables are empty). The report date is a parameter so that reports are reproducible.
 */
public final class ReportGenerator {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path warehouse;
  private final LocalDate reportDate;
  private final ConformanceChecker checker = new ConformanceChecker();

  public ReportGenerator(Path warehouse, LocalDate reportDate) {
    this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
    this.reportDate = Objects.requireNonNull(reportDate, "reportDate");
  }

  /**
   * Writes the reports.
   *
   * @param submissionId one submission, or {@code null} for every submission in the warehouse
   * @param outputDir output folder (created if absent)
   * @throws RelevanceDataException for an unknown submission id or a warehouse without submissions
   */
  public static ReportResult generate(
      Path warehouse, String submissionId, Path outputDir, LocalDate reportDate) {
    return new ReportGenerator(warehouse, reportDate).generate(submissionId, outputDir);
  }

  /** See {@link #generate(Path, String, Path, LocalDate)}. */
  public ReportResult generate(String submissionId, Path outputDir) {
    SubmissionLoader loader = new SubmissionLoader(warehouse);
    List<String> ids = submissionId == null ? loader.submissionIds() : List.of(submissionId);
    if (ids.isEmpty()) {
      throw new RelevanceDataException(
          "Cannot write report: no submissions in " + new WarehouseLayout(warehouse).alignments());
    }
    HtmlReportWriter html = new HtmlReportWriter();
    List<SubmissionView> views = new ArrayList<>();
    List<Path> dirs = new ArrayList<>();
    Map<String, String> hashes = new LinkedHashMap<>();
    ReportDigests digests = new ReportDigests(warehouse);
    for (String id : ids) {
      SubmissionView view = SubmissionViews.build(loader.load(id), reportDate, checker);
      String hash = digests.currentRecorded(id).map(ReportDigest::hash).orElse(null);
      hashes.put(id, hash);
      view.meta().put("report_hash", hash);
      ReviewTables.add(warehouse, id, reportDate, view.tables(), view.meta());
      Path dir = SafeNames.child(outputDir, id);
      // A submission's report files are one unit: written in a staging folder, swapped in whole.
      Path staging = ReportFiles.stagingFor(dir);
      ReportFiles.write(staging.resolve("report.html"), html.submission(view));
      ReportFiles.write(staging.resolve("report.json"), json(view));
      CsvReportWriter.write(view, staging);
      ReportFiles.publish(staging, dir);
      views.add(view);
      dirs.add(dir);
    }
    Path index = outputDir.toAbsolutePath().normalize().resolve("index.html");
    ReportFiles.write(index, html.index(views, reportDate.toString(), overviewCharts(views)));
    return new ReportResult(index, dirs, hashes);
  }

  private static String json(SubmissionView view) {
    Map<String, Object> doc = new LinkedHashMap<>(view.meta());
    doc.putAll(view.tables());
    try {
      return JSON.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Cannot write report JSON for " + view.id() + ": " + IoReasons.of(e), e);
    }
  }

  private static Map<String, Object> overviewCharts(List<SubmissionView> views) {
    List<String> scoreLabels = new ArrayList<>();
    List<Object> scores = new ArrayList<>();
    for (SubmissionView v : views) {
      for (Map<String, Object> c : v.tables().get("credentials")) {
        scoreLabels.add(v.id() + " / " + c.get("credential_code"));
        scores.add(c.get("score"));
      }
    }
    Map<String, Object> conf = new LinkedHashMap<>();
    conf.put("labels", views.stream().map(SubmissionView::id).toList());
    for (ConformanceStatus s : ConformanceStatus.values()) {
      conf.put(
          s.label(), views.stream().map(v -> v.meta().get("conformance_" + s.label())).toList());
    }
    Map<String, Object> charts = new LinkedHashMap<>();
    charts.put("scores", SubmissionViews.map("labels", scoreLabels, "data", scores));
    charts.put("conformance", conf);
    return charts;
  }
}
