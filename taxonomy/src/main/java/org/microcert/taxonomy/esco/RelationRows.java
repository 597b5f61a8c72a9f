package org.microcert.taxonomy.esco;

import static org.microcert.taxonomy.esco.CsvSource.get;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.model.BroaderRelation;
import org.microcert.taxonomy.model.CollectionMember;
import org.microcert.taxonomy.model.EscoCollection;
import org.microcert.taxonomy.model.OccupationSkillRelation;
import org.microcert.taxonomy.model.RelationType;
import org.microcert.taxonomy.model.SkillSkillRelation;

/**
 * Row handlers for the relation and collection files. Relations must name concepts that the release
 * has (when the concept file was read); others are rejected and counted per URI.
 */
final class RelationRows {

  private final Taxonomy.Builder builder;
  private final Map<String, Long> skills;
  private final Map<String, Long> occupations;
  private final String skillsFile;
  private final String occupationsFile;

  /** Unknown URIs named by relation rows, per file then URI: how many rows. */
  final Map<String, Map<String, Integer>> unknown = new TreeMap<>();

  /** Collection members not found among skills or occupations, per file. */
  final Map<String, Integer> danglingMembers = new TreeMap<>();

  /**
   * @param skillsFile name of the skills file, or null if the release has none (no check then)
   * @param occupationsFile name of the occupations file, or null if none
   */
  RelationRows(
      Taxonomy.Builder builder, ConceptRows concepts, String skillsFile, String occupationsFile) {
    this.builder = builder;
    this.skills = concepts.skills;
    this.occupations = concepts.occupations;
    this.skillsFile = skillsFile;
    this.occupationsFile = occupationsFile;
  }

  RowHandler occupationSkills(CsvSource src) {
    Map<String, Long> seen = new HashMap<>();
    int occ = src.column("occupationUri");
    int type = src.column("relationType");
    int skill = src.column("skillUri");
    return (r, line) -> {
      String o = Values.uri(get(r, occ), "occupationUri");
      RelationType t = relationType(get(r, type));
      String s = Values.uri(get(r, skill), "skillUri");
      known(src, occupations, occupationsFile, o, "occupationUri");
      known(src, skills, skillsFile, s, "skillUri");
      unique(seen, o + ' ' + s, line, "", "duplicate relation " + o + " -> " + s);
      builder.addOccupationSkillRelation(new OccupationSkillRelation(o, t, s));
    };
  }

  RowHandler skillSkills(CsvSource src) {
    Map<String, Long> seen = new HashMap<>();
    int orig = src.column("originalSkillUri");
    int type = src.column("relationType");
    int rel = src.column("relatedSkillUri");
    return (r, line) -> {
      String a = Values.uri(get(r, orig), "originalSkillUri");
      RelationType t = relationType(get(r, type));
      String b = Values.uri(get(r, rel), "relatedSkillUri");
      known(src, skills, skillsFile, a, "originalSkillUri");
      known(src, skills, skillsFile, b, "relatedSkillUri");
      unique(seen, a + ' ' + b, line, "", "duplicate relation " + a + " -> " + b);
      builder.addSkillSkillRelation(new SkillSkillRelation(a, t, b));
    };
  }

  RowHandler broader(CsvSource src) {
    Map<String, Long> seen = new HashMap<>();
    int ctype = src.column("conceptType");
    int curi = src.column("conceptUri");
    int btype = src.column("broaderType");
    int buri = src.column("broaderUri");
    return (r, line) -> {
      String ct = Values.required(get(r, ctype), "conceptType");
      String c = Values.uri(get(r, curi), "conceptUri");
      String bt = Values.required(get(r, btype), "broaderType");
      String b = Values.uri(get(r, buri), "broaderUri");
      unique(seen, c + ' ' + b, line, "", "duplicate broader relation " + c + " -> " + b);
      builder.addBroaderRelation(new BroaderRelation(ct, c, bt, b));
    };
  }

  RowHandler collection(CsvSource src, EscoCollection collection) {
    Map<String, Long> seen = new HashMap<>();
    int uri = src.column("conceptUri");
    int label = src.column("preferredLabel");
    return (r, line) -> {
      String u = Values.uri(get(r, uri), "conceptUri");
      Values.required(get(r, label), "preferredLabel");
      unique(seen, u, line, "conceptUri", "duplicate conceptUri " + u);
      if (skillsFile != null && occupationsFile != null) {
        if (!skills.containsKey(u) && !occupations.containsKey(u)) {
          danglingMembers.merge(src.name(), 1, Integer::sum);
        }
      }
      builder.addCollectionMember(new CollectionMember(collection, u));
    };
  }

  private void known(
      CsvSource src, Map<String, Long> concepts, String conceptFile, String uri, String column)
      throws RowRejected {
    if (conceptFile == null || concepts.containsKey(uri)) {
      return;
    }
    unknown
        .computeIfAbsent(
            src.name() + "\u0000" + column + "\u0000" + conceptFile, k -> new TreeMap<>())
        .merge(uri, 1, Integer::sum);
    throw new RowRejected(
        column, "unknown " + column + " " + uri + " (not in " + conceptFile + ")");
  }

  private static RelationType relationType(String v) throws RowRejected {
    try {
      return RelationType.fromEsco(v);
    } catch (IllegalArgumentException e) {
      throw new RowRejected("relationType", "unknown relationType '" + Values.abbreviate(v) + "'");
    }
  }

  private static void unique(
      Map<String, Long> seen, String key, long line, String column, String what)
      throws RowRejected {
    Long first = seen.putIfAbsent(key, line);
    if (first != null) {
      throw new RowRejected(column, what + " (first at line " + first + ")");
    }
  }
}
