package org.microcert.taxonomy.match;

import java.util.Locale;
import org.microcert.taxonomy.index.CompetencyFields;

/** What a match ranks: ESCO skills or ESCO occupations. */
public enum Target {
  SKILLS(CompetencyFields.TYPE_SKILL),
  OCCUPATIONS(CompetencyFields.TYPE_OCCUPATION);

  private final String conceptType;

  Target(String conceptType) {
    this.conceptType = conceptType;
  }

  /** The value of {@link CompetencyFields#TYPE} for this target. */
  public String conceptType() {
    return conceptType;
  }

  /**
   * Parses {@code skills} or {@code occupations} (any case).
   *
   * @throws IllegalArgumentException for anything else
   */
  public static Target parse(String s) {
    return switch (s == null ? "" : s.trim().toLowerCase(Locale.ROOT)) {
      case "skills", "skill" -> SKILLS;
      case "occupations", "occupation" -> OCCUPATIONS;
      default ->
          throw new IllegalArgumentException(
              "Cannot parse target: '" + s + "' (expected skills or occupations)");
    };
  }
}
