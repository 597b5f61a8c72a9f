package org.microcert.jobs.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The framework's knowledge / skill / attitude class of a competency. */
public enum KsaClass {
  KNOWLEDGE,
  SKILL,
  ATTITUDE;

  /** The lower-case name used in files. */
  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@link #wire()} (case-insensitive). */
  @JsonCreator
  public static KsaClass of(String text) {
    return Wire.parse(KsaClass.class, text, "knowledge, skill or attitude");
  }

  /**
   * The class of an ESCO concept: {@code knowledge} is knowledge, {@code skill/competence} is a
   * skill, unless the outcome declares an attitude.
   */
  public static KsaClass fromEsco(String escoSkillType, String outcomeKsaClass) {
    if ("attitude".equalsIgnoreCase(outcomeKsaClass)) {
      return ATTITUDE;
    }
    return "knowledge".equalsIgnoreCase(escoSkillType) ? KNOWLEDGE : SKILL;
  }
}
