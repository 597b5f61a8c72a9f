package org.microcert.jobs.conformance;

import java.util.List;
import java.util.Objects;

/**
 * A credential as the conformance rules see it: the submission's fields, its outcomes with their
 * alignments, its partner endorsements, and its relevance summary.
 *
 * @param relevance the credential's relevance summary, or {@code null} when relevance was not run
 */
public record CredentialRecord(
    String submissionId,
    String institution,
    String code,
    String title,
    Double hours,
    String transcriptCode,
    List<Outcome> outcomes,
    List<Endorsement> endorsements,
    Relevance relevance) {

  public CredentialRecord {
    Objects.requireNonNull(code, "code");
    outcomes = List.copyOf(outcomes);
    endorsements = List.copyOf(endorsements);
  }

  /** One learning outcome and its ESCO matches. */
  public record Outcome(
      String id,
      String text,
      String declaredType,
      String ksaClass,
      String assessmentMethod,
      String evidence,
      List<Match> matches) {
    public Outcome {
      Objects.requireNonNull(id, "id");
      matches = List.copyOf(matches);
    }
  }

  /** An ESCO competency matched to an outcome. */
  public record Match(int rank, String uri, String label, double score, String confidence) {}

  /** A partner endorsement as declared; dates are kept as written (the rule parses them). */
  public record Endorsement(String partner, String endorsed, String expires) {}

  /**
   * The credential's relevance summary.
   *
   * @param score mean outcome score, or {@code null} for insufficient evidence
   */
  public record Relevance(
      Double score,
      String band,
      long outcomes,
      long outcomesScored,
      String region,
      String period) {}
}
