package org.microcert.taxonomy.match;

import java.util.Locale;

/** A match's confidence band, from its fused score (thresholds in {@link MatcherSettings}). */
public enum Confidence {
  HIGH,
  MEDIUM,
  LOW;

  /** Lower-case name as written in outputs: {@code high}, {@code medium}, {@code low}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
