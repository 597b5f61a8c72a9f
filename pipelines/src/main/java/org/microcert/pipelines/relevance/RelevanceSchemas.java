package org.microcert.pipelines.relevance;

/** DDL schemas of the tables the relevance pipeline reads (the agreed data contracts). */
final class RelevanceSchemas {

  private RelevanceSchemas() {}

  /** {@code alignments/<id>/alignments.jsonl}. */
  static final String ALIGNMENTS =
      "submission_id STRING, institution STRING, credential_code STRING, credential_title STRING,"
          + " credential_hours DOUBLE, transcript_code STRING, outcome_id STRING,"
          + " outcome_text STRING, language STRING, declared_type STRING,"
          + " assessment_method STRING, evidence STRING,"
          + " partner_endorsements ARRAY<STRUCT<partner: STRING, endorsed: STRING,"
          + " expires: STRING>>, ksa_class STRING,"
          + " matches ARRAY<STRUCT<rank: INT, uri: STRING, label: STRING, skill_type: STRING,"
          + " score: DOUBLE, confidence: STRING, matched_text: STRING,"
          + " matched_terms: ARRAY<STRING>>>";

  /** {@code demand/skills/} (integers read as BIGINT so INT32 and INT64 files both load). */
  static final String SKILL_DEMAND =
      "period STRING, region STRING, occupation_group STRING, skill_uri STRING, postings BIGINT,"
          + " total_postings BIGINT, share DOUBLE, prev_share DOUBLE, trend DOUBLE,"
          + " trend_ci_low DOUBLE, trend_ci_high DOUBLE, breadth BIGINT";

  /** {@code demand/essential/}. */
  static final String ESSENTIAL =
      "period STRING, region STRING, skill_uri STRING,"
          + " postings_with_occupation_needing_it BIGINT, total_postings BIGINT, share DOUBLE";

  /** {@code taxonomy/esco/<v>/<lang>/skills} (the columns used). */
  static final String SKILLS = "uri STRING, preferred_label STRING";

  /** {@code taxonomy/esco/<v>/<lang>/occupations} (the columns used). */
  static final String OCCUPATIONS = "uri STRING, preferred_label STRING";

  /** {@code taxonomy/esco/<v>/<lang>/occupation_skill_relations}. */
  static final String OCCUPATION_SKILL_RELATIONS =
      "occupation_uri STRING, relation_type STRING, skill_uri STRING";
}
