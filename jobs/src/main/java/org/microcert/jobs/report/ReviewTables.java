package org.microcert.jobs.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.microcert.jobs.review.LogEntry;
import org.microcert.jobs.review.PartnerEndorsement;
import org.microcert.jobs.review.ReviewDecision;
import org.microcert.jobs.review.ReviewLog;
import org.microcert.jobs.review.ReviewState;
import org.microcert.jobs.review.Staleness;

/**
 * The report's review tables: a submission's current decisions and endorsements from the review
 * log, each with its staleness against the report being written (what changed since the report it
 * cites).
 */
final class ReviewTables {

  static final String DECISIONS = "review_decisions";
  static final String ENDORSEMENTS = "review_endorsements";

  private ReviewTables() {}

  /** Adds both tables (empty when nothing is recorded or the log is tampered) to {@code tables}. */
  static void add(
      Path warehouse,
      String submission,
      LocalDate reportDate,
      Map<String, List<Map<String, Object>>> tables,
      Map<String, Object> meta) {
    ReviewLog.Verification v = new ReviewLog(warehouse).verify();
    meta.put(
        "review_log",
        v.ok() ? "intact, " + v.entries().size() + " entries" : "TAMPERED: " + v.problem());
    ReviewState state = ReviewState.of(v.ok() ? v.entries() : List.of()).forSubmission(submission);
    Staleness staleness = new Staleness(warehouse);
    List<Map<String, Object>> ds = new ArrayList<>();
    for (LogEntry e : state.decisions()) {
      ReviewDecision d = e.decision();
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("entry", e.seq());
      r.put("credential_code", d.credential());
      r.put("outcome_id", d.outcome());
      r.put("concept_uri", d.conceptUri());
      r.put("decision", d.decision().wire());
      r.put("match", d.match().wire());
      r.put("reviewer", d.reviewer());
      r.put("working_group", d.workingGroup());
      r.put("date", d.date());
      r.put("rationale", d.rationale());
      r.put("report_hash", d.reportHash());
      r.put("status", staleness.of(e).label());
      ds.add(r);
    }
    List<Map<String, Object>> es = new ArrayList<>();
    for (LogEntry e : state.endorsements()) {
      PartnerEndorsement p = e.endorsement();
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("entry", e.seq());
      r.put("partner", p.partner());
      r.put("claim", p.claim().wire());
      r.put("credential_code", p.credential());
      r.put("concept_uri", p.conceptUri() == null ? "(whole credential)" : p.conceptUri());
      r.put("date", p.date());
      r.put("expires", p.expires());
      r.put("report_hash", p.reportHash());
      String status = staleness.of(e).label();
      r.put(
          "status",
          LocalDate.parse(p.expires()).isBefore(reportDate) ? "expired; " + status : status);
      es.add(r);
    }
    tables.put(DECISIONS, ds);
    tables.put(ENDORSEMENTS, es);
    meta.put("decisions", ds.size());
    meta.put(
        "decisions_stale", ds.stream().filter(r -> !"current".equals(r.get("status"))).count());
    meta.put("endorsements", es.size());
    meta.put(
        "endorsements_stale", es.stream().filter(r -> !"current".equals(r.get("status"))).count());
  }
}
