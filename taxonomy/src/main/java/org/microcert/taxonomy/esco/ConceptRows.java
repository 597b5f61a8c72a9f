package org.microcert.taxonomy.esco;

import static org.microcert.taxonomy.esco.CsvSource.get;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.model.ConceptScheme;
import org.microcert.taxonomy.model.HierarchyEntry;
import org.microcert.taxonomy.model.IscoGroup;
import org.microcert.taxonomy.model.Occupation;
import org.microcert.taxonomy.model.ReuseLevel;
import org.microcert.taxonomy.model.Skill;
import org.microcert.taxonomy.model.SkillGroup;
import org.microcert.taxonomy.model.SkillType;

/** Row handlers for the concept files: skills, occupations, groups, schemes, hierarchy. */
final class ConceptRows {

  private final Taxonomy.Builder builder;

  /** First accepted line of each skill URI (also the set of known skills). */
  final Map<String, Long> skills = new HashMap<>();

  /** First accepted line of each occupation URI (also the set of known occupations). */
  final Map<String, Long> occupations = new HashMap<>();

  ConceptRows(Taxonomy.Builder builder) {
    this.builder = builder;
  }

  RowHandler skills(CsvSource src) {
    int uri = src.column("conceptUri");
    int type = src.column("skillType");
    int reuse = src.column("reuseLevel");
    int label = src.column("preferredLabel");
    int alt = src.column("altLabels");
    int hidden = src.column("hiddenLabels");
    int desc = src.column("description");
    int status = src.column("status");
    int modified = src.column("modifiedDate");
    return (r, line) -> {
      String u = Values.uri(get(r, uri), "conceptUri");
      SkillType t = skillType(get(r, type));
      ReuseLevel l = reuseLevel(get(r, reuse));
      String pl = Values.required(get(r, label), "preferredLabel");
      unique(skills, u, line);
      builder.addSkill(
          new Skill(
              u,
              pl,
              Values.lines(get(r, alt)),
              Values.lines(get(r, hidden)),
              t,
              l,
              get(r, desc),
              get(r, status),
              get(r, modified)));
    };
  }

  RowHandler occupations(CsvSource src) {
    int uri = src.column("conceptUri");
    int code = src.column("code");
    int isco = src.column("iscoGroup");
    int label = src.column("preferredLabel");
    int alt = src.column("altLabels");
    int hidden = src.column("hiddenLabels");
    int desc = src.column("description");
    int status = src.column("status");
    int modified = src.column("modifiedDate");
    return (r, line) -> {
      String u = Values.uri(get(r, uri), "conceptUri");
      String pl = Values.required(get(r, label), "preferredLabel");
      unique(occupations, u, line);
      builder.addOccupation(
          new Occupation(
              u,
              get(r, code),
              get(r, isco),
              pl,
              Values.lines(get(r, alt)),
              Values.lines(get(r, hidden)),
              get(r, desc),
              get(r, status),
              get(r, modified)));
    };
  }

  RowHandler skillGroups(CsvSource src) {
    Map<String, Long> seen = new HashMap<>();
    int uri = src.column("conceptUri");
    int code = src.column("code");
    int label = src.column("preferredLabel");
    int alt = src.column("altLabels");
    int desc = src.column("description");
    return (r, line) -> {
      String u = Values.uri(get(r, uri), "conceptUri");
      String pl = Values.required(get(r, label), "preferredLabel");
      unique(seen, u, line);
      builder.addSkillGroup(
          new SkillGroup(u, get(r, code).strip(), pl, Values.lines(get(r, alt)), get(r, desc)));
    };
  }

  RowHandler iscoGroups(CsvSource src) {
    Map<String, Long> seen = new HashMap<>();
    int uri = src.column("conceptUri");
    int code = src.column("code");
    int label = src.column("preferredLabel");
    int alt = src.column("altLabels");
    int desc = src.column("description");
    return (r, line) -> {
      String u = Values.uri(get(r, uri), "conceptUri");
      String c = Values.required(get(r, code), "code").strip();
      String pl = Values.required(get(r, label), "preferredLabel");
      unique(seen, u, line);
      builder.addIscoGroup(new IscoGroup(u, c, pl, Values.lines(get(r, alt)), get(r, desc)));
    };
  }

  RowHandler conceptSchemes(CsvSource src) {
    Map<String, Long> seen = new HashMap<>();
    int uri = src.column("conceptSchemeUri");
    int label = src.column("preferredLabel");
    int desc = src.column("description");
    int top = src.column("hasTopConcept");
    return (r, line) -> {
      String u = Values.uri(get(r, uri), "conceptSchemeUri");
      String pl = get(r, label);
      List<String> tops = Values.lines(get(r, top));
      for (String t : tops) {
        if (!Values.isHttpUri(t)) {
          throw new RowRejected(
              "hasTopConcept", "not an http(s) URI: '" + Values.abbreviate(t) + "'");
        }
      }
      if (seen.containsKey(u)) {
        throw new RowRejected(
            "conceptSchemeUri",
            "duplicate conceptSchemeUri " + u + " (first at line " + seen.get(u) + ")");
      }
      seen.put(u, line);
      builder.addConceptScheme(new ConceptScheme(u, pl, get(r, desc), tops));
    };
  }

  RowHandler hierarchy(CsvSource src) {
    int[] uris = new int[4];
    int[] terms = new int[4];
    int[] codes = new int[4];
    for (int i = 0; i < 4; i++) {
      uris[i] = src.column("Level " + i + " URI");
      terms[i] = src.column("Level " + i + " preferred term");
      codes[i] = src.column("Level " + i + " code");
    }
    return (r, line) -> {
      int level = 3;
      while (level >= 0 && get(r, uris[level]).isBlank()) {
        level--;
      }
      if (level < 0) {
        throw new RowRejected("Level 0 URI", "missing Level 0 URI (no level filled)");
      }
      String col = "Level " + level + " URI";
      String u = Values.uri(get(r, uris[level]), col);
      String parent = "";
      if (level > 0) {
        parent = Values.uri(get(r, uris[level - 1]), "Level " + (level - 1) + " URI");
      }
      builder.addHierarchyEntry(
          new HierarchyEntry(level, u, get(r, codes[level]).strip(), get(r, terms[level]), parent));
    };
  }

  private static SkillType skillType(String v) throws RowRejected {
    try {
      return SkillType.fromEsco(v);
    } catch (IllegalArgumentException e) {
      throw new RowRejected("skillType", "unknown skillType '" + Values.abbreviate(v) + "'");
    }
  }

  private static ReuseLevel reuseLevel(String v) throws RowRejected {
    try {
      return ReuseLevel.fromEsco(v);
    } catch (IllegalArgumentException e) {
      throw new RowRejected("reuseLevel", "unknown reuseLevel '" + Values.abbreviate(v) + "'");
    }
  }

  private static void unique(Map<String, Long> seen, String uri, long line) throws RowRejected {
    Long first = seen.putIfAbsent(uri, line);
    if (first != null) {
      throw new RowRejected(
          "conceptUri", "duplicate conceptUri " + uri + " (first at line " + first + ")");
    }
  }
}
