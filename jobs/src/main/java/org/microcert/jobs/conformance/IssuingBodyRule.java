package org.microcert.jobs.conformance;

import java.time.LocalDate;

/** The issuing body is named. */
public final class IssuingBodyRule implements ConformanceRule {

  @Override
  public String element() {
    return "Issuing body named";
  }

  @Override
  public ConformanceCheck check(CredentialRecord c, LocalDate reportDate) {
    return ConformanceRule.blank(c.institution())
        ? ConformanceCheck.fail(element(), "No issuing institution given")
        : ConformanceCheck.pass(element(), "Issued by " + c.institution().strip());
  }
}
