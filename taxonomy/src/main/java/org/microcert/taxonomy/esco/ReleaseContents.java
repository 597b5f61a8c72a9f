package org.microcert.taxonomy.esco;

import java.util.ArrayList;
import java.util.List;

/** Which files a release of a given version is expected to hold. */
final class ReleaseContents {

  private ReleaseContents() {}

  /** Expected file kinds; collections depend on the version (ict in v1.1.0, digital later). */
  static List<EscoFile> expected(String version) {
    List<EscoFile> out = new ArrayList<>();
    for (EscoFile f : EscoFile.values()) {
      if (f.collection().isEmpty()) {
        out.add(f);
      }
    }
    int cmp = compare(version, "v1.1.0");
    if (cmp == 0) {
      out.addAll(
          List.of(
              EscoFile.TRANSVERSAL_COLLECTION,
              EscoFile.ICT_COLLECTION,
              EscoFile.GREEN_COLLECTION,
              EscoFile.LANGUAGE_COLLECTION,
              EscoFile.RESEARCH_SKILLS_COLLECTION,
              EscoFile.DIGCOMP_COLLECTION));
    } else if (cmp > 0) {
      out.addAll(
          List.of(
              EscoFile.TRANSVERSAL_COLLECTION,
              EscoFile.DIGITAL_COLLECTION,
              EscoFile.GREEN_COLLECTION,
              EscoFile.LANGUAGE_COLLECTION,
              EscoFile.RESEARCH_SKILLS_COLLECTION,
              EscoFile.RESEARCH_OCCUPATIONS_COLLECTION,
              EscoFile.DIGCOMP_COLLECTION));
    }
    return out;
  }

  /** What is lost when a file of this kind is missing, for warnings. */
  static String what(EscoFile kind) {
    return switch (kind) {
      case SKILLS -> "skills";
      case OCCUPATIONS -> "occupations";
      case SKILL_GROUPS -> "skill groups";
      case ISCO_GROUPS -> "ISCO groups";
      case SKILLS_HIERARCHY -> "skills hierarchy";
      case CONCEPT_SCHEMES -> "concept schemes";
      case OCCUPATION_SKILL_RELATIONS -> "occupation-skill relations";
      case SKILL_SKILL_RELATIONS -> "skill-skill relations";
      case BROADER_SKILL_PILLAR -> "skill pillar broader relations";
      case BROADER_OCC_PILLAR -> "occupation pillar broader relations";
      default -> kind.stem() + " members";
    };
  }

  /** Compares normalised versions {@code vX.Y.Z} numerically. */
  static int compare(String a, String b) {
    String[] x = a.substring(1).split("\\.");
    String[] y = b.substring(1).split("\\.");
    for (int i = 0; i < 3; i++) {
      int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
