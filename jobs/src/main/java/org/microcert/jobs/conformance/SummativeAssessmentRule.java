package org.microcert.jobs.conformance;

import java.time.LocalDate;
import java.util.List;

/**
 * Summative assessment evidence is declared for each outcome: method and evidence for all (pass); a
 * method without evidence somewhere (warn); an outcome without an assessment method (fail).
 */
public final class SummativeAssessmentRule implements ConformanceRule {

  @Override
  public String element() {
    return "Summative assessment per outcome";
  }

  @Override
  public ConformanceCheck check(CredentialRecord c, LocalDate reportDate) {
    if (c.outcomes().isEmpty()) {
      return ConformanceCheck.fail(element(), "The credential has no outcomes");
    }
    List<String> noMethod =
        c.outcomes().stream()
            .filter(o -> ConformanceRule.blank(o.assessmentMethod()))
            .map(CredentialRecord.Outcome::id)
            .toList();
    if (!noMethod.isEmpty()) {
      return ConformanceCheck.fail(
          element(), "No assessment method for outcomes: " + String.join(", ", noMethod));
    }
    List<String> noEvidence =
        c.outcomes().stream()
            .filter(o -> ConformanceRule.blank(o.evidence()))
            .map(CredentialRecord.Outcome::id)
            .toList();
    if (!noEvidence.isEmpty()) {
      return ConformanceCheck.warn(
          element(),
          "Assessment declared but no evidence for outcomes: " + String.join(", ", noEvidence));
    }
    return ConformanceCheck.pass(
        element(),
        "All " + c.outcomes().size() + " outcomes declare an assessment and its evidence");
  }
}
