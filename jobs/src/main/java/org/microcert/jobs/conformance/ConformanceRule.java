package org.microcert.jobs.conformance;

import java.time.LocalDate;

/** One framework element, checked on one credential. */
public interface ConformanceRule {

  /** The element's name as shown in reports. */
  String element();

  /** Checks the credential as of {@code reportDate}. */
  ConformanceCheck check(CredentialRecord credential, LocalDate reportDate);

  /** True for null, empty or whitespace. */
  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
