package org.microcert.taxonomy.esco;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.microcert.taxonomy.model.EscoCollection;

/**
 * The files of an ESCO CSV release: name stem, language suffix rule and required columns.
 *
 * <p>Columns are read by header name because their order differs between files. Classification
 * files carry a language suffix ({@code skills_en.csv}); the four relation files may have one
 * ({@code occupationSkillRelations_en.csv}, later layout) or not ({@code
 * occupationSkillRelations.csv}, v1.1.0/v1.1.1 relations package).
 */
public enum EscoFile {
  SKILLS("skills", false, List.of("conceptUri", "skillType", "reuseLevel", "preferredLabel")),
  OCCUPATIONS("occupations", false, List.of("conceptUri", "iscoGroup", "preferredLabel", "code")),
  SKILL_GROUPS("skillGroups", false, List.of("conceptUri", "preferredLabel", "code")),
  ISCO_GROUPS("ISCOGroups", false, List.of("conceptUri", "code", "preferredLabel")),
  SKILLS_HIERARCHY(
      "skillsHierarchy",
      false,
      List.of(
          "Level 0 URI",
          "Level 0 preferred term",
          "Level 1 URI",
          "Level 1 preferred term",
          "Level 2 URI",
          "Level 2 preferred term",
          "Level 3 URI",
          "Level 3 preferred term")),
  CONCEPT_SCHEMES(
      "conceptSchemes", false, List.of("conceptSchemeUri", "preferredLabel", "hasTopConcept")),
  OCCUPATION_SKILL_RELATIONS(
      "occupationSkillRelations", true, List.of("occupationUri", "relationType", "skillUri")),
  SKILL_SKILL_RELATIONS(
      "skillSkillRelations", true, List.of("originalSkillUri", "relationType", "relatedSkillUri")),
  BROADER_SKILL_PILLAR(
      "broaderRelationsSkillPillar",
      true,
      List.of("conceptType", "conceptUri", "broaderType", "broaderUri")),
  BROADER_OCC_PILLAR(
      "broaderRelationsOccPillar",
      true,
      List.of("conceptType", "conceptUri", "broaderType", "broaderUri")),
  TRANSVERSAL_COLLECTION(EscoCollection.TRANSVERSAL),
  DIGITAL_COLLECTION(EscoCollection.DIGITAL),
  ICT_COLLECTION(EscoCollection.ICT),
  GREEN_COLLECTION(EscoCollection.GREEN),
  LANGUAGE_COLLECTION(EscoCollection.LANGUAGE),
  RESEARCH_SKILLS_COLLECTION(EscoCollection.RESEARCH_SKILLS),
  RESEARCH_OCCUPATIONS_COLLECTION(EscoCollection.RESEARCH_OCCUPATIONS),
  DIGCOMP_COLLECTION(EscoCollection.DIGCOMP);

  /** The language codes ESCO publishes. */
  public static final Set<String> LANGUAGES =
      Set.of(
          "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "is", "it",
          "lt", "lv", "mt", "nl", "no", "pl", "pt", "ro", "sk", "sl", "sv", "uk", "ar");

  private final String stem;
  private final boolean suffixOptional;
  private final List<String> requiredColumns;
  private final EscoCollection collection;

  EscoFile(String stem, boolean suffixOptional, List<String> requiredColumns) {
    this.stem = stem;
    this.suffixOptional = suffixOptional;
    this.requiredColumns = requiredColumns;
    this.collection = null;
  }

  EscoFile(EscoCollection collection) {
    this.stem = collection.fileStem();
    this.suffixOptional = false;
    this.requiredColumns = List.of("conceptUri", "preferredLabel");
    this.collection = collection;
  }

  /** File name without language suffix and extension, e.g. {@code skills}. */
  public String stem() {
    return stem;
  }

  /** Whether the file may appear without a language suffix (the relation files). */
  public boolean suffixOptional() {
    return suffixOptional;
  }

  /** Header names the loader needs; a file lacking one is fatal. */
  public List<String> requiredColumns() {
    return requiredColumns;
  }

  /** The collection this file lists, if it is a collection file. */
  public Optional<EscoCollection> collection() {
    return Optional.ofNullable(collection);
  }

  /** Whether a header-only file of this kind is fatal (nothing useful could be imported). */
  public boolean mustHaveRows() {
    return this == SKILLS || this == OCCUPATIONS || this == OCCUPATION_SKILL_RELATIONS;
  }

  /** Whether short rows are padded with empty fields instead of being rejected. */
  public boolean ragged() {
    return this == SKILLS_HIERARCHY;
  }

  /** Short lower-case name, e.g. {@code occupation-skill-relations}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The file name in a release of that language, e.g. {@code skills_fr.csv}. */
  public String fileName(String language) {
    return language == null || language.isEmpty() ? stem + ".csv" : stem + "_" + language + ".csv";
  }

  /**
   * Recognises a file name.
   *
   * @return the kind and the language suffix ({@code ""} when absent), or empty if the name is not
   *     an ESCO file
   */
  public static Optional<Match> recognise(String fileName) {
    if (!fileName.endsWith(".csv")) {
      return Optional.empty();
    }
    String base = fileName.substring(0, fileName.length() - 4);
    for (EscoFile f : values()) {
      if (base.equals(f.stem)) {
        return Optional.of(new Match(f, ""));
      }
      if (base.length() == f.stem.length() + 3
          && base.startsWith(f.stem)
          && base.charAt(f.stem.length()) == '_') {
        String lang = base.substring(f.stem.length() + 1);
        if (LANGUAGES.contains(lang)) {
          return Optional.of(new Match(f, lang));
        }
      }
    }
    return Optional.empty();
  }

  /** A recognised file name. */
  public record Match(EscoFile kind, String language) {}
}
