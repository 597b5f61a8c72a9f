package org.microcert.taxonomy.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.model.EscoCollection;
import org.microcert.taxonomy.model.RelationType;

class EscoRealReleaseIT {

  private static final String ORPHAN =
      "http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e";

  static Path shared(String name) {
    Path p = Path.of(System.getProperty("microcert.shared", "../shared"), "data", name);
    assumeTrue(Files.isDirectory(p), "real ESCO data not available at " + p);
    return p;
  }

  @Test
  void fullEnglishReleaseLoadsWithTheReadmeCounts() {
    EscoLoadResult r = RealReleases.load("esco");
    Taxonomy t = r.taxonomy();

    assertThat(t.version()).isEqualTo("v1.1.1");
    assertThat(t.language()).isEqualTo("en");
    assertThat(t.skills()).hasSize(13_896);
    assertThat(t.occupations()).hasSize(3_007);
    assertThat(t.skillGroups()).hasSize(640);
    assertThat(t.iscoGroups()).hasSize(619);
    assertThat(t.hierarchy()).hasSize(647);
    assertThat(t.skillSkillRelations()).hasSize(5_899);
    assertThat(t.broaderRelations()).hasSize(20_656 + 3_617);
    assertThat(t.conceptSchemes()).hasSize(19);
    assertThat(t.collectionMembers()).hasSize(96 + 1_201 + 570 + 346 + 26 + 40 + 122);
    assertThat(t.occupationSkillRelations()).hasSize(123_855 - 67);

    FileReport rel = r.file(EscoFile.OCCUPATION_SKILL_RELATIONS).orElseThrow();
    assertThat(rel.rowsIn()).isEqualTo(123_855);
    assertThat(rel.rejected()).isEqualTo(67);
    assertThat(rel.sha256()).hasSize(64);
    assertThat(r.rejects()).hasSize(67);
    assertThat(r.rejects())
        .allSatisfy(
            x -> {
              assertThat(x.file()).isEqualTo("occupationSkillRelations_en.csv");
              assertThat(x.column()).isEqualTo("occupationUri");
              assertThat(x.reason())
                  .isEqualTo("unknown occupationUri " + ORPHAN + " (not in occupations_en.csv)");
            });
    assertThat(r.warnings())
        .anySatisfy(
            w -> assertThat(w).contains("67 rows name 1 occupationUri value").contains(ORPHAN));
    assertThat(r.missingFiles()).isEmpty();
    assertThat(r.files()).hasSize(17);
    assertThat(r.files())
        .allSatisfy(f -> assertThat(f.rowsIn()).isEqualTo(f.accepted() + f.rejected()));

    assertThat(t.skills().stream().filter(s -> s.skillType().escoValue().isEmpty())).hasSize(6);
    assertThat(t.skill("http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab"))
        .hasValueSatisfying(
            s -> {
              assertThat(s.preferredLabel()).isEqualTo("manage musical staff");
              assertThat(s.altLabels()).contains("manage staff of music", "manage music staff");
            });
    assertThat(
            t.occupationSkillRelations().stream()
                .filter(x -> x.relationType() == RelationType.ESSENTIAL)
                .count())
        .isLessThanOrEqualTo(64_946);
    assertThat(t.conceptSchemes().stream().mapToInt(s -> s.topConcepts().size()).max().orElse(0))
        .as("top concepts of the largest scheme (the 630 KB cell)")
        .isEqualTo(8_836);
    assertThat(t.collectionMembers())
        .filteredOn(m -> m.collection() == EscoCollection.TRANSVERSAL)
        .hasSize(96);
  }

  @Test
  void previousReleaseWithSuffixlessRelationFilesLoadsAsV110() {
    EscoLoadResult r = RealReleases.load("esco-v1.1.0");

    assertThat(r.taxonomy().version()).isEqualTo("v1.1.0");
    assertThat(r.taxonomy().skills()).hasSize(13_891);
    assertThat(r.taxonomy().occupations()).hasSize(3_008);
    assertThat(r.taxonomy().occupationSkillRelations()).hasSize(123_852);
    assertThat(r.taxonomy().skillGroups()).hasSize(643);
    assertThat(r.taxonomy().hierarchy()).hasSize(638);
    assertThat(r.taxonomy().collectionMembers())
        .filteredOn(m -> m.collection() == EscoCollection.ICT)
        .hasSize(21);
    assertThat(r.rejects()).isEmpty();
    assertThat(r.missingFiles()).isEmpty();
    assertThat(r.file(EscoFile.OCCUPATION_SKILL_RELATIONS).orElseThrow().fileName())
        .isEqualTo("occupationSkillRelations.csv");
  }

  @Test
  void frenchFolderWithoutSkillsImportsWhatIsThereAndSaysWhatIsMissing() {
    EscoLoadResult r = RealReleases.load("esco-fr-v1.1.1");

    assertThat(r.taxonomy().language()).isEqualTo("fr");
    assertThat(r.taxonomy().version()).isEqualTo("v1.1.1");
    assertThat(r.taxonomy().occupations()).hasSize(3_007);
    assertThat(r.taxonomy().iscoGroups()).hasSize(619);
    assertThat(r.taxonomy().skillGroups()).hasSize(640);
    assertThat(r.taxonomy().skills()).isEmpty();
    assertThat(r.rejects()).isEmpty();
    assertThat(r.missingFiles())
        .containsExactlyInAnyOrder(
            "skills_fr.csv",
            "conceptSchemes_fr.csv",
            "occupationSkillRelations_fr.csv",
            "skillSkillRelations_fr.csv",
            "broaderRelationsSkillPillar_fr.csv",
            "broaderRelationsOccPillar_fr.csv");
    assertThat(r.warnings()).contains("no skills file (skills_fr.csv): skills not imported");
    assertThat(
            r.taxonomy()
                .occupation(
                    "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34"))
        .hasValueSatisfying(o -> assertThat(o.preferredLabel()).startsWith("directeur technique"));
  }
}
