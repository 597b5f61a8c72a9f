package org.microcert.jobs.conformance;

import java.util.Locale;

/** Outcome of one conformance element. */
public enum ConformanceStatus {
  PASS,
  WARN,
  FAIL;

  /** Lower-case label used in reports ("pass", "warn", "fail"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
