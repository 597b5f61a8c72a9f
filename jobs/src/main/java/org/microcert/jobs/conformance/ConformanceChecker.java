package org.microcert.jobs.conformance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Runs the framework's conformance rules, in a fixed order, on a credential. */
public final class ConformanceChecker {

  private final List<ConformanceRule> rules;

  /** The framework's seven elements. */
  public ConformanceChecker() {
    this(
        List.of(
            new IssuingBodyRule(),
            new EscoAlignmentRule(),
            new KsaCoverageRule(),
            new SummativeAssessmentRule(),
            new TranscriptCodeRule(),
            new PartnerEndorsementRule(),
            new RelevanceEvidenceRule()));
  }

  public ConformanceChecker(List<ConformanceRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Every element's result for {@code credential} as of {@code reportDate}. */
  public List<ConformanceCheck> check(CredentialRecord credential, LocalDate reportDate) {
    Objects.requireNonNull(reportDate, "reportDate");
    return rules.stream().map(r -> r.check(credential, reportDate)).toList();
  }
}
