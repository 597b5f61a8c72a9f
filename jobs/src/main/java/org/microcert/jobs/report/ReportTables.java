package org.microcert.jobs.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables of a submission report and their columns (CSV headers, JSON field order). */
final class ReportTables {

  private ReportTables() {}

  static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put(
        "credentials",
        List.of(
            "credential_code",
            "credential_title",
            "institution",
            "credential_hours",
            "transcript_code",
            "score",
            "band",
            "outcomes",
            "outcomes_scored",
            "conformance_pass",
            "conformance_warn",
            "conformance_fail"));
    COLUMNS.put(
        "conformance",
        List.of("credential_code", "credential_title", "element", "status", "reason"));
    COLUMNS.put(
        "outcomes",
        List.of(
            "credential_code",
            "credential_title",
            "outcome_id",
            "outcome_text",
            "ksa_class",
            "competencies_aligned",
            "competencies_scored",
            "competencies_insufficient",
            "score",
            "band",
            "best_skill_uri",
            "best_skill_label",
            "evidence_postings",
            "evidence_share",
            "evidence_share_ci_low",
            "evidence_share_ci_high"));
    COLUMNS.put(
        "competencies",
        List.of(
            "credential_code",
            "outcome_id",
            "rank",
            "skill_uri",
            "skill_label",
            "skill_type",
            "alignment_score",
            "alignment_confidence",
            "postings",
            "total_postings",
            "share",
            "share_ci_low",
            "share_ci_high",
            "prev_share",
            "trend",
            "trend_ci_low",
            "trend_ci_high",
            "breadth",
            "essential_share",
            "c_demand",
            "c_trend",
            "c_breadth",
            "c_essential",
            "c_alignment",
            "score",
            "band",
            "region",
            "period"));
    COLUMNS.put(
        "region_gaps",
        List.of(
            "skill_uri", "skill_label", "postings", "total_postings", "share", "trend", "breadth"));
    COLUMNS.put(
        "target_occupations",
        List.of(
            "credential_code",
            "occupation_rank",
            "occupation_uri",
            "occupation_label",
            "overlap",
            "essential_skills",
            "overlap_ratio"));
    COLUMNS.put(
        "pathways",
        List.of(
            "credential_code",
            "suggestion_rank",
            "skill_uri",
            "skill_label",
            "essential",
            "postings",
            "share",
            "trend",
            "for_occupations"));
    COLUMNS.put("trends", List.of("skill_uri", "skill_label", "period", "postings", "share"));
    COLUMNS.put(
        ReviewTables.DECISIONS,
        List.of(
            "entry",
            "credential_code",
            "outcome_id",
            "concept_uri",
            "decision",
            "match",
            "reviewer",
            "working_group",
            "date",
            "rationale",
            "report_hash",
            "status"));
    COLUMNS.put(
        ReviewTables.ENDORSEMENTS,
        List.of(
            "entry",
            "partner",
            "claim",
            "credential_code",
            "concept_uri",
            "date",
            "expires",
            "report_hash",
            "status"));
  }
}
