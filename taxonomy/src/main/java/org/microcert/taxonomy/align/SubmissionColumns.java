package org.microcert.taxonomy.align;

import java.util.List;
import java.util.stream.Stream;

/** Column names of the submission template (CSV header, or JSON field names). */
public final class SubmissionColumns {

  public static final String INSTITUTION = "institution";
  public static final String CREDENTIAL_CODE = "credential_code";
  public static final String CREDENTIAL_TITLE = "credential_title";
  public static final String CREDENTIAL_HOURS = "credential_hours";
  public static final String TRANSCRIPT_CODE = "transcript_code";
  public static final String OUTCOME_ID = "outcome_id";
  public static final String OUTCOME_TEXT = "outcome_text";
  public static final String LANGUAGE = "language";
  public static final String DECLARED_TYPE = "declared_type";
  public static final String ASSESSMENT_METHOD = "assessment_method";
  public static final String EVIDENCE = "evidence";
  public static final String PARTNER_ENDORSEMENTS = "partner_endorsements";

  /** Columns a submission must have (a missing one is fatal). */
  public static final List<String> REQUIRED =
      List.of(
          INSTITUTION,
          CREDENTIAL_CODE,
          CREDENTIAL_TITLE,
          CREDENTIAL_HOURS,
          TRANSCRIPT_CODE,
          OUTCOME_ID,
          OUTCOME_TEXT,
          LANGUAGE);

  /** Columns a submission may have. */
  public static final List<String> OPTIONAL =
      List.of(DECLARED_TYPE, ASSESSMENT_METHOD, EVIDENCE, PARTNER_ENDORSEMENTS);

  /** Every template column, in template order. */
  public static final List<String> ALL =
      Stream.concat(REQUIRED.stream(), OPTIONAL.stream()).toList();

  private SubmissionColumns() {}
}
