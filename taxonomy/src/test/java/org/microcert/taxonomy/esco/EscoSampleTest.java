package org.microcert.taxonomy.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.model.EscoCollection;
import org.microcert.taxonomy.model.OccupationSkillRelation;
import org.microcert.taxonomy.model.RelationType;

/** The shipped sample in {@code data-samples/esco} loads cleanly and is self-consistent. */
class EscoSampleTest {

  static Path samples(String name) {
    Path p = Path.of(System.getProperty("microcert.samples", "../data-samples"), name);
    assumeTrue(Files.isDirectory(p), "samples not found at " + p);
    return p;
  }

  @Test
  void shippedSampleLoadsWithNoRejectsAndItsReadmeCounts() {
    EscoLoadResult r = new EscoCsvLoader().load(samples("esco"), null, null);
    Taxonomy t = r.taxonomy();

    assertThat(r.rejects()).isEmpty();
    assertThat(r.missingFiles()).isEmpty();
    assertThat(t.version()).isEqualTo("v1.1.1");
    assertThat(t.skills()).hasSize(655);
    assertThat(t.occupations()).hasSize(22);
    assertThat(t.occupationSkillRelations()).hasSize(782);
    assertThat(t.skillGroups()).hasSize(296);
    assertThat(t.hierarchy()).hasSize(296);
    assertThat(t.iscoGroups()).hasSize(60);
    assertThat(t.conceptSchemes()).hasSize(19);
    assertThat(t.collectionMembers())
        .filteredOn(m -> m.collection() == EscoCollection.TRANSVERSAL)
        .hasSize(96);
  }

  @Test
  void everyOccupationKeepsAllItsEssentialSkillsAndRelationsPointInsideTheSample() {
    Taxonomy t = new EscoCsvLoader().load(samples("esco"), "v1.1.1", "en").taxonomy();

    assertThat(t.occupations())
        .allSatisfy(o -> assertThat(t.skillsFor(o.uri(), RelationType.ESSENTIAL)).isNotEmpty());
    assertThat(t.occupationSkillRelations())
        .allSatisfy(x -> assertThat(t.skill(x.skillUri())).isPresent());
    assertThat(t.occupations())
        .extracting(o -> o.preferredLabel())
        .contains("software developer", "welder", "nurse responsible for general care", "cook");
    Set<String> top =
        t.conceptSchemes().stream()
            .flatMap(s -> s.topConcepts().stream())
            .collect(Collectors.toSet());
    Set<String> concepts = t.skills().stream().map(s -> s.uri()).collect(Collectors.toSet());
    t.skillGroups().forEach(g -> concepts.add(g.uri()));
    t.occupations().forEach(o -> concepts.add(o.uri()));
    t.iscoGroups().forEach(g -> concepts.add(g.uri()));
    assertThat(concepts).containsAll(top);
    assertThat(t.occupationSkillRelations().stream().map(OccupationSkillRelation::skillUri))
        .isNotEmpty();
  }
}
