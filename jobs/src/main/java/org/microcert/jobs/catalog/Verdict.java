package org.microcert.jobs.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A working group's decision on one outcome → ESCO concept alignment. */
public enum Verdict {
  APPROVE,
  REJECT,
  DEFER;

  /** The lower-case name used in files. */
  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@link #wire()} (case-insensitive). */
  @JsonCreator
  public static Verdict of(String text) {
    return Wire.parse(Verdict.class, text, "approve, reject or defer");
  }
}
