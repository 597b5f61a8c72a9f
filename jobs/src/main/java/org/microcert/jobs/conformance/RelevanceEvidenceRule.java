package org.microcert.jobs.conformance;

import java.time.LocalDate;

/**
 * Relevance evidence is present: every outcome scored (pass); some outcomes without enough postings
 * (warn); no relevance run or no outcome with evidence (fail).
 */
public final class RelevanceEvidenceRule implements ConformanceRule {

  @Override
  public String element() {
    return "Labour-market relevance evidence";
  }

  @Override
  public ConformanceCheck check(CredentialRecord c, LocalDate reportDate) {
    CredentialRecord.Relevance r = c.relevance();
    if (r == null) {
      return ConformanceCheck.fail(
          element(), "No relevance scores (run relevance for this submission)");
    }
    String where = " (" + r.region() + ", " + r.period() + ")";
    if (r.score() == null || r.outcomesScored() == 0) {
      return ConformanceCheck.fail(
          element(), "Insufficient evidence: no outcome has enough postings" + where);
    }
    String summary = "score " + r.score() + ", " + r.band() + where;
    if (r.outcomesScored() < r.outcomes()) {
      return ConformanceCheck.warn(
          element(),
          r.outcomesScored() + " of " + r.outcomes() + " outcomes have evidence; " + summary);
    }
    return ConformanceCheck.pass(
        element(), "All " + r.outcomes() + " outcomes have evidence; " + summary);
  }
}
