package org.microcert.taxonomy.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.esco.RealReleases;

class TaxonomyDiffIT {
  private static final String E = "http://data.europa.eu/esco/";

  @Test
  void realV110ToV111DiffMatchesTheReadmeFacts() {
    Taxonomy v110 = RealReleases.load("esco-v1.1.0").taxonomy();
    Taxonomy v111 = RealReleases.load("esco").taxonomy();

    DiffResult d = TaxonomyDiff.compare(v110, v111);

    long added = d.count(ConceptChange.SKILL, ChangeKind.ADDED);
    long removed = d.count(ConceptChange.SKILL, ChangeKind.REMOVED);
    assertThat(added - removed).isEqualTo(13_896 - 13_891);
    assertThat(added).isEqualTo(5);
    assertThat(removed).isZero();
    assertThat(d.changes())
        .filteredOn(c -> c.conceptType().equals("occupation") && c.change() == ChangeKind.REMOVED)
        .extracting(ConceptChange::conceptUri, ConceptChange::preferredLabel)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                E + "occupation/a9e54177-a185-404d-b6e6-15663d31137e", "therapeutic radiographer"));
    assertThat(d.count(ConceptChange.OCCUPATION, ChangeKind.ADDED)).isZero();
    assertThat(
            d.changes().stream()
                .filter(
                    c -> c.conceptType().equals("skill") && c.field("preferredLabel").isPresent())
                .count())
        .isEqualTo(2);
    assertThat(d.changes())
        .filteredOn(c -> c.conceptUri().startsWith(E + "skill/cd50d616"))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.field("preferredLabel"))
                    .contains(
                        new FieldChange(
                            "preferredLabel",
                            "promote inclusion in research",
                            "integrate gender dimension in research")));
    assertThat(
            d.changes().stream()
                .filter(c -> c.conceptType().equals("skill") && c.field("skillType").isPresent())
                .count())
        .isEqualTo(2);
    // groups: the README says "411 codes" match; that count includes the empty code of the
    // ISCED-F groups. 410 non-empty codes match (checked with Python's csv module), all with a new
    // URI.
    assertThat(
            d.changes().stream()
                .filter(c -> c.conceptType().equals("skill-group") && c.field("uri").isPresent())
                .count())
        .isEqualTo(410);
    assertThat(d.count(ConceptChange.ISCO_GROUP, ChangeKind.CHANGED)).isZero();
    assertThat(d.count(ConceptChange.ISCO_GROUP, ChangeKind.ADDED)).isZero();
    // 8 coded groups only in v1.1.0 plus the 5 DigComp areas that became skills; 10 new codes
    assertThat(d.count(ConceptChange.SKILL_GROUP, ChangeKind.REMOVED)).isEqualTo(8 + 5);
    assertThat(d.count(ConceptChange.SKILL_GROUP, ChangeKind.ADDED)).isEqualTo(10);
  }
}
