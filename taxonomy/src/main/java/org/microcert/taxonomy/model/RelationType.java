package org.microcert.taxonomy.model;

/** How strongly a skill belongs to an occupation, or how two skills relate. */
public enum RelationType {
  ESSENTIAL("essential"),
  OPTIONAL("optional");

  private final String escoValue;

  RelationType(String escoValue) {
    this.escoValue = escoValue;
  }

  /** The value as ESCO writes it in its CSV files. */
  public String escoValue() {
    return escoValue;
  }

  /**
   * Parses ESCO's spelling of a relation type.
   *
   * @throws IllegalArgumentException for any other value
   */
  public static RelationType fromEsco(String value) {
    String v = value == null ? "" : value.trim();
    for (RelationType t : values()) {
      if (t.escoValue.equalsIgnoreCase(v)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "Cannot parse relation type: '" + value + "' (expected essential or optional)");
  }
}
