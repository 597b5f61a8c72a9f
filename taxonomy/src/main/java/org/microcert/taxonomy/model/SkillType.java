package org.microcert.taxonomy.model;

/** ESCO's skill type: knowledge or skill/competence (a few concepts have none). */
public enum SkillType {
  KNOWLEDGE("knowledge"),
  SKILL_COMPETENCE("skill/competence"),
  UNSPECIFIED("");

  private final String escoValue;

  SkillType(String escoValue) {
    this.escoValue = escoValue;
  }

  /** The value as ESCO writes it in its CSV files. */
  public String escoValue() {
    return escoValue;
  }

  /**
   * Parses ESCO's spelling of a skill type.
   *
   * @throws IllegalArgumentException for any value ESCO does not use
   */
  public static SkillType fromEsco(String value) {
    String v = value == null ? "" : value.trim();
    for (SkillType t : values()) {
      if (t.escoValue.equalsIgnoreCase(v)) {
        return t;
      }
    }
    if (v.equalsIgnoreCase("skill")) {
      return SKILL_COMPETENCE;
    }
    throw new IllegalArgumentException(
        "Cannot parse skill type: '" + value + "' (expected knowledge, skill/competence or empty)");
  }
}
