package org.microcert.jobs.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How an outcome relates to the ESCO concept it is aligned to (SKOS mapping properties): the
 * outcome teaches exactly the concept, a broader one than it ({@code broad}: the ESCO concept is
 * broader), a narrower one, or something related.
 */
public enum MatchKind {
  EXACT,
  BROAD,
  NARROW,
  RELATED;

  /** The lower-case name used in files. */
  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@link #wire()} (case-insensitive). */
  @JsonCreator
  public static MatchKind of(String text) {
    return Wire.parse(MatchKind.class, text, "exact, broad, narrow or related");
  }
}
