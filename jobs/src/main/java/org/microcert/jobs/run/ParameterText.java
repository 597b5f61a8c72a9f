package org.microcert.jobs.run;

/**
 * How the job parameters records write an absent optional value: as an empty string (a job
 * parameter cannot be null, and an empty string keeps the parameter identifying).
 */
public final class ParameterText {

  private ParameterText() {}

  /** {@code value}, or the empty string for {@code null}. */
  public static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  /** {@code value}, or {@code null} for a missing or empty one. */
  public static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
