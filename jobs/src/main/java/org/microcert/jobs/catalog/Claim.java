package org.microcert.jobs.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The two claims of the framework's partner endorsement. */
public enum Claim {
  /** The competency is in demand. */
  IN_DEMAND,
  /** The credential's assessment reflects job performance. */
  ASSESSMENT_REFLECTS_JOB_PERFORMANCE;

  /** {@code in-demand} or {@code assessment-reflects-job-performance}. */
  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses {@link #wire()} (case-insensitive). */
  @JsonCreator
  public static Claim of(String text) {
    return Wire.parse(
        Claim.class,
        text == null ? null : text.replace('-', '_'),
        "in-demand or assessment-reflects-job-performance");
  }
}
