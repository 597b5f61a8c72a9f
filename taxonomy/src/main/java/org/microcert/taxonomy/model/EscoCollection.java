package org.microcert.taxonomy.model;

import java.util.Locale;

/** The ESCO skill and occupation collections, each published as its own CSV file. */
public enum EscoCollection {
  TRANSVERSAL("transversalSkillsCollection"),
  DIGITAL("digitalSkillsCollection"),
  /** v1.1.0's name for the (much smaller) digital collection. */
  ICT("ictSkillsCollection"),
  GREEN("greenSkillsCollection"),
  LANGUAGE("languageSkillsCollection"),
  RESEARCH_SKILLS("researchSkillsCollection"),
  RESEARCH_OCCUPATIONS("researchOccupationsCollection"),
  DIGCOMP("digCompSkillsCollection");

  private final String fileStem;

  EscoCollection(String fileStem) {
    this.fileStem = fileStem;
  }

  /** File name without language suffix and extension, e.g. {@code greenSkillsCollection}. */
  public String fileStem() {
    return fileStem;
  }

  /** Short lower-case name used in tables and the index, e.g. {@code green}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
