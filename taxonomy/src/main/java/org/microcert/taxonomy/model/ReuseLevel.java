package org.microcert.taxonomy.model;

/** ESCO's reuse level of a skill, from the most general to the most specific. */
public enum ReuseLevel {
  TRANSVERSAL("transversal"),
  CROSS_SECTOR("cross-sector"),
  SECTOR_SPECIFIC("sector-specific"),
  OCCUPATION_SPECIFIC("occupation-specific"),
  UNSPECIFIED("");

  private final String escoValue;

  ReuseLevel(String escoValue) {
    this.escoValue = escoValue;
  }

  /** The value as ESCO writes it in its CSV files. */
  public String escoValue() {
    return escoValue;
  }

  /**
   * Parses ESCO's spelling of a reuse level.
   *
   * @throws IllegalArgumentException for any value ESCO does not use
   */
  public static ReuseLevel fromEsco(String value) {
    String v = value == null ? "" : value.trim();
    for (ReuseLevel r : values()) {
      if (r.escoValue.equalsIgnoreCase(v)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "Cannot parse reuse level: '"
            + value
            + "' (expected transversal, cross-sector, sector-specific, occupation-specific or"
            + " empty)");
  }
}
