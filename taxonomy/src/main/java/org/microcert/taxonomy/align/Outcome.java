package org.microcert.taxonomy.align;

import java.util.List;
import java.util.Objects;

/**
 * A validated learning outcome of a credential (one accepted submission row).
 *
 * @param line line in the input file
 * @param institution institution name
 * @param credentialCode credential code
 * @param credentialTitle credential title
 * @param credentialHours hours, or null when the cell was empty
 * @param transcriptCode transcript code
 * @param outcomeId outcome id, unique within the credential
 * @param outcomeText the text as aligned: HTML tags and control characters removed
 * @param language {@code en} or {@code fr}
 * @param declaredType {@code knowledge}, {@code skill}, {@code attitude} or null
 * @param assessmentMethod or null
 * @param evidence or null
 * @param endorsements partner endorsements, possibly empty
 * @param notes what cleaning did to the text (e.g. "html tags removed"), possibly empty
 */
public record Outcome(
    int line,
    String institution,
    String credentialCode,
    String credentialTitle,
    Double credentialHours,
    String transcriptCode,
    String outcomeId,
    String outcomeText,
    String language,
    String declaredType,
    String assessmentMethod,
    String evidence,
    List<Endorsement> endorsements,
    List<String> notes) {

  public Outcome {
    Objects.requireNonNull(credentialCode, "credentialCode");
    Objects.requireNonNull(outcomeId, "outcomeId");
    Objects.requireNonNull(outcomeText, "outcomeText");
    endorsements = List.copyOf(endorsements);
    notes = List.copyOf(notes);
  }
}
