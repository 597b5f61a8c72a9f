package org.microcert.taxonomy.align;

import java.util.List;
import java.util.Objects;
import org.microcert.taxonomy.match.CompetencyMatch;

/**
 * An aligned outcome: the validated outcome, its KSA class and its ranked ESCO skills.
 *
 * @param submissionId submission id
 * @param outcome the validated outcome
 * @param ksaClass knowledge, skill or attitude
 * @param matches ranked matches, best first
 */
public record Alignment(
    String submissionId, Outcome outcome, String ksaClass, List<CompetencyMatch> matches) {

  public Alignment {
    Objects.requireNonNull(submissionId, "submissionId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(ksaClass, "ksaClass");
    matches = List.copyOf(matches);
  }
}
