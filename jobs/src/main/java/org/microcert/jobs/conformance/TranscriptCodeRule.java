package org.microcert.jobs.conformance;

import java.time.LocalDate;

/** A transcript code is present (the credential is transcriptable). */
public final class TranscriptCodeRule implements ConformanceRule {

  @Override
  public String element() {
    return "Transcript code";
  }

  @Override
  public ConformanceCheck check(CredentialRecord c, LocalDate reportDate) {
    return ConformanceRule.blank(c.transcriptCode())
        ? ConformanceCheck.fail(
            element(), "No transcript code: the credential is not transcriptable")
        : ConformanceCheck.pass(element(), "Transcript code " + c.transcriptCode().strip());
  }
}
