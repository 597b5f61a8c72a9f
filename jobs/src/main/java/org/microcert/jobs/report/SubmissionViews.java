package org.microcert.jobs.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.microcert.jobs.conformance.ConformanceCheck;
import org.microcert.jobs.conformance.ConformanceChecker;
import org.microcert.jobs.conformance.ConformanceStatus;
import org.microcert.jobs.conformance.CredentialRecord;
import org.microcert.pipelines.relevance.SafeNames;

/** Builds a {@link SubmissionView} from a submission's data, its conformance and relevance. */
final class SubmissionViews {

  /** What the report says where the trend chart and trend cells would be when there is no trend. */
  static final String NO_TREND = "one period: no trend";

  /**
   * What the report says where the trend chart would be when the demand has a previous period but
   * the chart has fewer than two (the trend table holds monthly periods only, so a quarterly run
   * has none to draw).
   */
  static final String NO_TREND_CHART =
      "fewer than two monthly periods to chart: the trend column gives the change from the previous"
          + " period";

  static final List<String> BANDS =
      List.of("high", "moderate", "low", "emerging", "insufficient evidence");
  private static final int COVERAGE_BARS = 15;
  private static final ObjectMapper JSON = new ObjectMapper();

  private SubmissionViews() {}

  static SubmissionView build(
      SubmissionData data, LocalDate reportDate, ConformanceChecker checker) {
    JsonNode rel = data.relevance();
    Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
    List<Map<String, Object>> credentials = new ArrayList<>();
    List<Map<String, Object>> conformance = new ArrayList<>();
    TreeSet<String> institutions = new TreeSet<>();
    for (CredentialRecord c : data.credentials()) {
      if (c.institution() != null) {
        institutions.add(c.institution());
      }
      List<ConformanceCheck> checks = checker.check(c, reportDate);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("credential_code", c.code());
      row.put("credential_title", c.title());
      row.put("institution", c.institution());
      row.put("credential_hours", c.hours());
      row.put("transcript_code", c.transcriptCode());
      row.put("score", c.relevance() == null ? null : c.relevance().score());
      row.put("band", c.relevance() == null ? "not scored" : c.relevance().band());
      row.put("outcomes", c.outcomes().size());
      row.put("outcomes_scored", c.relevance() == null ? 0 : c.relevance().outcomesScored());
      for (ConformanceStatus s : ConformanceStatus.values()) {
        row.put("conformance_" + s.label(), checks.stream().filter(k -> k.status() == s).count());
      }
      credentials.add(row);
      for (ConformanceCheck k : checks) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("credential_code", c.code());
        r.put("credential_title", c.title());
        r.put("element", k.element());
        r.put("status", k.status().label());
        r.put("reason", k.reason());
        conformance.add(r);
      }
    }
    tables.put("credentials", credentials);
    tables.put("conformance", conformance);
    for (String t :
        List.of(
            "outcomes",
            "competencies",
            "region_gaps",
            "target_occupations",
            "pathways",
            "trends")) {
      tables.put(t, rows(rel, t));
    }
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("submission_id", data.id());
    meta.put("institution", String.join("; ", institutions));
    meta.put("report_date", reportDate.toString());
    meta.put("relevance_run", rel != null);
    meta.put("region", rel == null ? null : SubmissionLoader.text(rel, "region"));
    meta.put("period", rel == null ? null : SubmissionLoader.text(rel, "period"));
    meta.put("total_postings", rel == null ? null : rel.path("total_postings").asLong());
    boolean onePeriod = rel != null && onePeriod(tables);
    meta.put("trend_note", onePeriod ? NO_TREND : null);
    meta.put(
        "trend_chart_note",
        onePeriod ? NO_TREND : rel != null && chartPeriods(tables) < 2 ? NO_TREND_CHART : null);
    meta.put("credentials", credentials.size());
    meta.put("outcomes", data.credentials().stream().mapToInt(c -> c.outcomes().size()).sum());
    meta.put("conformance_pass", count(conformance, "pass"));
    meta.put("conformance_warn", count(conformance, "warn"));
    meta.put("conformance_fail", count(conformance, "fail"));
    return new SubmissionView(
        data.id(), SafeNames.fileName(data.id()), meta, tables, charts(tables, credentials));
  }

  private static List<Map<String, Object>> rows(JsonNode rel, String table) {
    if (rel == null || !rel.has(table)) {
      return List.of();
    }
    List<Map<String, Object>> raw =
        JSON.convertValue(rel.get(table), new TypeReference<List<Map<String, Object>>>() {});
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> r : raw) {
      Map<String, Object> ordered = new LinkedHashMap<>();
      for (String col : ReportTables.COLUMNS.get(table)) {
        Object v = r.get(col);
        ordered.put(
            col,
            v instanceof List<?> l
                ? String.join("; ", l.stream().map(String::valueOf).toList())
                : v);
      }
      out.add(ordered);
    }
    return out;
  }

  /**
   * Whether the scored demand covers one period only: fewer than two periods in the trend table and
   * no competency with a trend (a previous period's share).
   */
  static boolean onePeriod(Map<String, List<Map<String, Object>>> tables) {
    return chartPeriods(tables) < 2
        && tables.get("competencies").stream().allMatch(c -> c.get("trend") == null);
  }

  private static long chartPeriods(Map<String, List<Map<String, Object>>> tables) {
    return tables.get("trends").stream().map(t -> t.get("period")).distinct().count();
  }

  private static long count(List<Map<String, Object>> conformance, String status) {
    return conformance.stream().filter(r -> status.equals(r.get("status"))).count();
  }

  private static Map<String, Object> charts(
      Map<String, List<Map<String, Object>>> tables, List<Map<String, Object>> credentials) {
    Map<String, Object> charts = new LinkedHashMap<>();
    // demand trend per competency: share (%) per period
    TreeSet<String> periods = new TreeSet<>();
    Map<String, Map<String, Double>> series = new TreeMap<>();
    for (Map<String, Object> t : tables.get("trends")) {
      String period = String.valueOf(t.get("period"));
      periods.add(period);
      String label =
          t.get("skill_label") == null
              ? String.valueOf(t.get("skill_uri"))
              : t.get("skill_label").toString();
      series.computeIfAbsent(label, k -> new TreeMap<>()).put(period, pct(t.get("share")));
    }
    List<Map<String, Object>> trendSets = new ArrayList<>();
    series.forEach(
        (label, byPeriod) -> {
          List<Double> data = new ArrayList<>();
          for (String p : periods) {
            data.add(byPeriod.get(p));
          }
          trendSets.add(map("label", label, "data", data));
        });
    charts.put("trend", map("labels", List.copyOf(periods), "datasets", trendSets));
    // relevance distribution: competencies per band
    List<Long> bandCounts = new ArrayList<>();
    for (String b : BANDS) {
      bandCounts.add(
          tables.get("competencies").stream().filter(r -> b.equals(r.get("band"))).count());
    }
    charts.put("distribution", map("labels", BANDS, "data", bandCounts));
    // coverage of demanded competencies: covered (scored) vs not covered (region gaps)
    Map<String, long[]> demanded = new TreeMap<>();
    Map<String, String> names = new TreeMap<>();
    for (Map<String, Object> c : tables.get("competencies")) {
      if (c.get("score") != null) {
        String uri = String.valueOf(c.get("skill_uri"));
        demanded.put(uri, new long[] {num(c.get("postings")), 1});
        names.put(uri, String.valueOf(c.get("skill_label")));
      }
    }
    for (Map<String, Object> g : tables.get("region_gaps")) {
      String uri = String.valueOf(g.get("skill_uri"));
      demanded.putIfAbsent(uri, new long[] {num(g.get("postings")), 0});
      names.putIfAbsent(
          uri, g.get("skill_label") == null ? uri : String.valueOf(g.get("skill_label")));
    }
    List<Map.Entry<String, long[]>> top = new ArrayList<>(demanded.entrySet());
    top.sort(
        Comparator.comparing((Map.Entry<String, long[]> e) -> -e.getValue()[0])
            .thenComparing(Map.Entry::getKey));
    List<String> covLabels = new ArrayList<>();
    List<Long> covered = new ArrayList<>();
    List<Long> gaps = new ArrayList<>();
    for (Map.Entry<String, long[]> e : top.subList(0, Math.min(COVERAGE_BARS, top.size()))) {
      covLabels.add(names.get(e.getKey()));
      covered.add(e.getValue()[1] == 1 ? e.getValue()[0] : null);
      gaps.add(e.getValue()[1] == 0 ? e.getValue()[0] : null);
    }
    Map<String, Object> coverage = new LinkedHashMap<>();
    coverage.put("labels", covLabels);
    coverage.put("covered", covered);
    coverage.put("gaps", gaps);
    charts.put("coverage", coverage);
    // conformance summary per credential
    Map<String, Object> conf = new LinkedHashMap<>();
    conf.put(
        "labels", credentials.stream().map(c -> String.valueOf(c.get("credential_code"))).toList());
    for (ConformanceStatus s : ConformanceStatus.values()) {
      conf.put(
          s.label(), credentials.stream().map(c -> c.get("conformance_" + s.label())).toList());
    }
    charts.put("conformance", conf);
    return charts;
  }

  static Map<String, Object> map(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }

  private static Double pct(Object share) {
    return share instanceof Number n ? Math.round(n.doubleValue() * 10000) / 100.0 : null;
  }

  private static long num(Object v) {
    return v instanceof Number n ? n.longValue() : 0L;
  }
}
