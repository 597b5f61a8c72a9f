package org.microcert.taxonomy.esco;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.io.Reject;
import org.microcert.taxonomy.model.EscoCollection;
import org.microcert.taxonomy.model.HierarchyEntry;
import org.microcert.taxonomy.model.RelationType;
import org.microcert.taxonomy.model.ReuseLevel;
import org.microcert.taxonomy.model.SkillType;

class EscoCsvLoaderTest {

  static final String E = "http://data.europa.eu/esco/";

  static Path fixture(String name) {
    try {
      return Path.of(EscoCsvLoaderTest.class.getResource("/fixtures/esco/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private final EscoCsvLoader loader = new EscoCsvLoader();

  @Test
  void goodMiniReleaseLoadsEveryRowWithNoRejects() {
    EscoLoadResult r = loader.load(fixture("good-v1.1.1"), null, null);
    Taxonomy t = r.taxonomy();

    assertThat(t.version()).isEqualTo("v1.1.1");
    assertThat(t.language()).isEqualTo("en");
    assertThat(r.rejects()).isEmpty();
    assertThat(r.missingFiles()).isEmpty();
    assertThat(r.files()).hasSize(17);
    assertThat(r.files()).allSatisfy(f -> assertThat(f.rejected()).isZero());
    assertThat(t.skills()).hasSize(5);
    assertThat(t.occupations()).hasSize(2);
    assertThat(t.occupationSkillRelations()).hasSize(5);
    assertThat(t.skillSkillRelations()).hasSize(1);
    assertThat(t.broaderRelations()).hasSize(5);
    assertThat(t.skillGroups()).hasSize(3);
    assertThat(t.iscoGroups()).hasSize(2);
    assertThat(t.conceptSchemes()).hasSize(2);
    assertThat(t.collectionMembers()).hasSize(7);
    assertThat(r.warnings()).contains("languageSkillsCollection_en.csv: header only, no rows");
  }

  @Test
  void multiLineAltLabelsAreOneLabelPerLine() {
    Taxonomy t = loader.load(fixture("good-v1.1.1"), null, null).taxonomy();

    assertThat(t.skill(E + "skill/s1").orElseThrow().altLabels())
        .containsExactly("use spreadsheets", "work with spreadsheets", "spreadsheet use");
    assertThat(t.occupation(E + "occupation/o1").orElseThrow().altLabels())
        .containsExactly("software engineer", "programmer");
    assertThat(t.skill(E + "skill/s4").orElseThrow().description())
        .isEqualTo("Join metal parts.\nUse welding equipment safely.\n");
  }

  @Test
  void emptySkillTypeAndReuseLevelAreUnspecified() {
    Taxonomy t = loader.load(fixture("good-v1.1.1"), null, null).taxonomy();

    assertThat(t.skill(E + "skill/s5").orElseThrow().skillType()).isEqualTo(SkillType.UNSPECIFIED);
    assertThat(t.skill(E + "skill/s5").orElseThrow().reuseLevel())
        .isEqualTo(ReuseLevel.UNSPECIFIED);
    assertThat(t.skill(E + "skill/s2").orElseThrow().skillType()).isEqualTo(SkillType.KNOWLEDGE);
  }

  @Test
  void topConceptsSeparatedByCommaNewlineOrNewlineAreSplit() {
    Taxonomy t = loader.load(fixture("good-v1.1.1"), null, null).taxonomy();

    assertThat(t.conceptSchemes().get(0).topConcepts())
        .containsExactly(E + "skill/s3", E + "skill/s1");
    assertThat(t.conceptSchemes().get(1).topConcepts())
        .containsExactly(E + "skill/s1", E + "skill/s2");
  }

  @Test
  void raggedHierarchyRowsReadMissingTrailingFieldsAsEmpty() {
    Taxonomy t = loader.load(fixture("good-v1.1.1"), null, null).taxonomy();

    assertThat(t.hierarchy())
        .containsExactly(
            new HierarchyEntry(0, E + "skill/g0-uuid", "S", "skills", ""),
            new HierarchyEntry(
                1, E + "skill/g1-uuid", "S5", "working with computers", E + "skill/g0-uuid"),
            new HierarchyEntry(
                2, E + "skill/g2-uuid", "S5.6", "using digital tools", E + "skill/g1-uuid"));
  }

  @Test
  void relationsAndCollectionsAreLinked() {
    Taxonomy t = loader.load(fixture("good-v1.1.1"), null, null).taxonomy();

    assertThat(t.skillsFor(E + "occupation/o1", RelationType.ESSENTIAL))
        .extracting(x -> x.skillUri())
        .containsExactly(E + "skill/s1", E + "skill/s2");
    assertThat(t.collections(E + "skill/s1"))
        .containsExactlyInAnyOrder(EscoCollection.DIGITAL, EscoCollection.DIGCOMP);
    assertThat(t.collections(E + "occupation/o1"))
        .containsExactly(EscoCollection.RESEARCH_OCCUPATIONS);
    assertThat(t.broader(E + "skill/s2")).containsExactly(E + "isced-f/0613");
    assertThat(t.skillGroups()).extracting(g -> g.code()).containsExactly("S", "S5", "");
  }

  @Test
  void fileReportsCarrySizeHashAndReconcile() {
    EscoLoadResult r = loader.load(fixture("good-v1.1.1"), null, null);

    FileReport skills = r.file(EscoFile.SKILLS).orElseThrow();
    assertThat(skills.fileName()).isEqualTo("skills_en.csv");
    assertThat(skills.rowsIn()).isEqualTo(5);
    assertThat(skills.bytes()).isEqualTo(fixture("good-v1.1.1/skills_en.csv").toFile().length());
    assertThat(skills.sha256()).matches("[0-9a-f]{64}");
    assertThat(r.files()).extracting(FileReport::fileName).isSorted();
  }

  @Test
  void crlfAndLfRecordEndsBothWork() {
    EscoLoadResult r = loader.load(fixture("good-v1.1.1"), null, null);

    // ISCOGroups_en.csv ends its records with LF, every other fixture file with CRLF
    assertThat(r.taxonomy().iscoGroups())
        .extracting(g -> g.code() + " " + g.preferredLabel())
        .containsExactly("2512 Software developers", "7212 Welders and flamecutters");
    assertThat(r.taxonomy().occupations())
        .extracting(o -> o.code())
        .containsExactly("2512.4", "7212.1");
  }

  @Test
  void loadingTwiceGivesTheSameResult() {
    EscoLoadResult a = loader.load(fixture("bad-v1.1.1"), null, null);
    EscoLoadResult b = loader.load(fixture("bad-v1.1.1"), null, null);

    assertThat(a.files()).isEqualTo(b.files());
    assertThat(a.rejects()).isEqualTo(b.rejects());
    assertThat(a.warnings()).isEqualTo(b.warnings());
  }

  @Test
  void badRecordsAreRejectedWithFileStartLineColumnAndReason() {
    EscoLoadResult r = loader.load(fixture("bad-v1.1.1"), null, null);
    String s1 = E + "skill/s1";
    String s9 = E + "skill/s9";
    String o1 = E + "occupation/o1";
    String o9 = E + "occupation/o9";
    String g1 = E + "skill/g1-uuid";

    assertThat(r.rejects())
        .extracting(Reject::toString)
        .containsExactly(
            "ISCOGroups_en.csv:3:code: missing code",
            "ISCOGroups_en.csv:4:conceptUri: not an http(s) URI: 'C7213'",
            "broaderRelationsOccPillar_en.csv:3: 5 fields, header has 4",
            "broaderRelationsOccPillar_en.csv:4: 3 fields, header has 4",
            "broaderRelationsSkillPillar_en.csv:3:broaderType: missing broaderType",
            "broaderRelationsSkillPillar_en.csv:4:broaderUri: not an http(s) URI: 'S1.2'",
            "broaderRelationsSkillPillar_en.csv:5: duplicate broader relation "
                + s1
                + " -> "
                + g1
                + " (first at line 2)",
            "conceptSchemes_en.csv:4:hasTopConcept: not an http(s) URI: 'not a uri'",
            "conceptSchemes_en.csv:6:conceptSchemeUri: missing conceptSchemeUri",
            "occupationSkillRelations_en.csv:3:relationType: unknown relationType 'mandatory'",
            "occupationSkillRelations_en.csv:4:occupationUri: unknown occupationUri "
                + o9
                + " (not in occupations_en.csv)",
            "occupationSkillRelations_en.csv:5:occupationUri: unknown occupationUri "
                + o9
                + " (not in occupations_en.csv)",
            "occupationSkillRelations_en.csv:6:skillUri: unknown skillUri "
                + s9
                + " (not in skills_en.csv)",
            "occupationSkillRelations_en.csv:7: duplicate relation "
                + o1
                + " -> "
                + s1
                + " (first at line 2)",
            "occupationSkillRelations_en.csv:8:occupationUri: missing occupationUri",
            "occupations_en.csv:3:conceptUri: not an http(s) URI: 'ftp://example.org/o'",
            "occupations_en.csv:4:preferredLabel: missing preferredLabel",
            "occupations_en.csv:5:conceptUri: duplicate conceptUri " + o1 + " (first at line 2)",
            "skillGroups_en.csv:3:conceptUri: duplicate conceptUri " + g1 + " (first at line 2)",
            "skillGroups_en.csv:4:conceptUri: missing conceptUri",
            "skillSkillRelations_en.csv:3:relatedSkillUri: unknown relatedSkillUri "
                + s9
                + " (not in skills_en.csv)",
            "skillSkillRelations_en.csv:4:relationType: unknown relationType ''",
            "skillsHierarchy_en.csv:3:Level 0 URI: missing Level 0 URI (no level filled)",
            "skillsHierarchy_en.csv:4:Level 0 URI: not an http(s) URI: 'S'",
            "skillsHierarchy_en.csv:5: 15 fields, header has 14",
            "skills_en.csv:6:conceptUri: missing conceptUri",
            "skills_en.csv:8:conceptUri: not an http(s) URI: 'urn:x:not-http'",
            "skills_en.csv:10:skillType: unknown skillType 'skil'",
            "skills_en.csv:12:reuseLevel: unknown reuseLevel 'global'",
            "skills_en.csv:14:conceptUri: duplicate conceptUri " + s1 + " (first at line 2)",
            "skills_en.csv:16: 12 fields, header has 13",
            "skills_en.csv:18: 14 fields, header has 13",
            "transversalSkillsCollection_en.csv:3:conceptUri: duplicate conceptUri "
                + s1
                + " (first at line 2)",
            "transversalSkillsCollection_en.csv:4:conceptUri: not an http(s) URI: 's2'",
            "transversalSkillsCollection_en.csv:5:preferredLabel: missing preferredLabel");
  }

  @Test
  void badRecordCountsReconcilePerFile() {
    EscoLoadResult r = loader.load(fixture("bad-v1.1.1"), null, null);
    Map<String, Long> rejectsPerFile =
        r.rejects().stream().collect(Collectors.groupingBy(Reject::file, Collectors.counting()));

    assertThat(r.files())
        .allSatisfy(
            f -> {
              assertThat(f.rowsIn()).isEqualTo(f.accepted() + f.rejected());
              assertThat(f.rejected()).isEqualTo(rejectsPerFile.getOrDefault(f.fileName(), 0L));
            });
    FileReport skills = r.file(EscoFile.SKILLS).orElseThrow();
    assertThat(List.of(skills.rowsIn(), skills.accepted(), skills.rejected()))
        .containsExactly(9L, 2L, 7L);
    assertThat(r.taxonomy().skills()).hasSize(2);
    assertThat(r.file(EscoFile.OCCUPATION_SKILL_RELATIONS).orElseThrow().accepted()).isEqualTo(2);
    assertThat(r.taxonomy().occupationSkillRelations()).hasSize(2);
    assertThat(r.taxonomy().hierarchy()).hasSize(1);
  }

  @Test
  void unknownOccupationRowsAreSummarisedInOneWarning() {
    EscoLoadResult r = loader.load(fixture("bad-v1.1.1"), null, null);

    assertThat(r.warnings())
        .contains(
            "occupationSkillRelations_en.csv: 2 rows name 1 occupationUri value not in"
                + " occupations_en.csv (rejected): "
                + E
                + "occupation/o9 (2 rows)");
  }
}
