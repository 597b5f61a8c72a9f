package org.microcert.jobs.review;

import java.util.Objects;
import org.microcert.jobs.catalog.MatchKind;
import org.microcert.jobs.catalog.Verdict;

/**
 * A working group's decision on one outcome → ESCO concept alignment, as recorded.
 *
 * @param submission submission id
 * @param credential credential code
 * @param outcome outcome id
 * @param conceptUri ESCO concept URI
 * @param decision approve, reject or defer
 * @param match the kind of match approved (exact, broad, narrow, related)
 * @param reviewer who decided
 * @param workingGroup the working group
 * @param date ISO date of the decision
 * @param rationale why
 * @param reportHash the content hash of the report it was based on
 */
public record ReviewDecision(
    String submission,
    String credential,
    String outcome,
    String conceptUri,
    Verdict decision,
    MatchKind match,
    String reviewer,
    String workingGroup,
    String date,
    String rationale,
    String reportHash) {

  public ReviewDecision {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(match, "match");
  }

  /** What two decisions on the same alignment share: submission, credential, outcome, concept. */
  public String key() {
    return submission + "\n" + credential + "\n" + outcome + "\n" + conceptUri;
  }
}
