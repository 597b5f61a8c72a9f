package org.microcert.taxonomy.dev;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.model.BroaderRelation;
import org.microcert.taxonomy.model.Collection;
import org.microcert.taxonomy.model.CollectionMember;
import org.microcert.taxonomy.model.IscoGroup;
import org.microcert.taxonomy.model.Occupation;
import org.microcert.taxonomy.model.ReuseLevel;
import org.microcert.taxonomy.model.Skill;
import org.microcert.taxonomy.model.SkillGroup;
import org.microcert.taxonomy.model.SkillType;

/**
 * Throwaway test-only reader of the parts of an ESCO CSV release the index needs, used until the
 * real loader (EscoCsvLoader, another branch) lands.
 */
public final class DevEscoReader {

  private DevEscoReader() {}

  public static Taxonomy read(Path dir, String version, String lang) throws IOException {
    Taxonomy.Builder b = Taxonomy.builder(version, lang);
    for (CSVRecord r : rows(dir.resolve("skills_" + lang + ".csv"))) {
      b.addSkill(
          new Skill(
              r.get("conceptUri"), r.get("preferredLabel"), lines(r.get("altLabels")),
              lines(r.get("hiddenLabels")), SkillType.fromEsco(r.get("skillType")),
              ReuseLevel.fromEsco(r.get("reuseLevel")), r.get("description"), r.get("status"),
              r.get("modifiedDate")));
    }
    for (CSVRecord r : rows(dir.resolve("occupations_" + lang + ".csv"))) {
      b.addOccupation(
          new Occupation(
              r.get("conceptUri"), r.get("code"), r.get("iscoGroup"), r.get("preferredLabel"),
              lines(r.get("altLabels")), lines(r.get("hiddenLabels")), r.get("description"),
              r.get("status"), r.get("modifiedDate")));
    }
    for (CSVRecord r : rows(dir.resolve("skillGroups_" + lang + ".csv"))) {
      b.addSkillGroup(
          new SkillGroup(r.get("conceptUri"), r.get("code"), r.get("preferredLabel"),
              lines(r.get("altLabels")), r.get("description")));
    }
    for (CSVRecord r : rows(dir.resolve("ISCOGroups_" + lang + ".csv"))) {
      b.addIscoGroup(
          new IscoGroup(r.get("conceptUri"), r.get("code"), r.get("preferredLabel"),
              lines(r.get("altLabels")), r.get("description")));
    }
    for (String f : List.of("broaderRelationsSkillPillar_", "broaderRelationsOccPillar_")) {
      for (CSVRecord r : rows(dir.resolve(f + lang + ".csv"))) {
        b.addBroaderRelation(
            new BroaderRelation(r.get("conceptType"), r.get("conceptUri"), r.get("broaderType"),
                r.get("broaderUri")));
      }
    }
    for (Collection c : Collection.values()) {
      Path p = dir.resolve(c.fileStem() + "_" + lang + ".csv");
      if (Files.exists(p)) {
        for (CSVRecord r : rows(p)) {
          b.addCollectionMember(new CollectionMember(c, r.get("conceptUri")));
        }
      }
    }
    return b.build();
  }

  private static List<String> lines(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return Arrays.stream(cell.split("\n")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static List<CSVRecord> rows(Path p) throws IOException {
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      return parser.getRecords();
    }
  }
}
