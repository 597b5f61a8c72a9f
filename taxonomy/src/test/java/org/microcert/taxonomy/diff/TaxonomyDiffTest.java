package org.microcert.taxonomy.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.model.BroaderRelation;
import org.microcert.taxonomy.model.IscoGroup;
import org.microcert.taxonomy.model.Occupation;
import org.microcert.taxonomy.model.OccupationSkillRelation;
import org.microcert.taxonomy.model.RelationType;
import org.microcert.taxonomy.model.ReuseLevel;
import org.microcert.taxonomy.model.Skill;
import org.microcert.taxonomy.model.SkillGroup;
import org.microcert.taxonomy.model.SkillType;

class TaxonomyDiffTest {

  private static final String E = "http://data.europa.eu/esco/";

  private static Skill skill(String id, String label, List<String> alt, SkillType type) {
    return new Skill(
        E + "skill/" + id,
        label,
        alt,
        List.of(),
        type,
        ReuseLevel.CROSS_SECTOR,
        "d",
        "released",
        "");
  }

  private static Occupation occ(String id, String label) {
    return new Occupation(
        E + "occupation/" + id, "2512.1", "2512", label, List.of(), List.of(), "d", "released", "");
  }

  /**
   * v1: skills a, b, c; occupation o1 (a essential, b optional); groups by code S1 (old URI), K1.
   */
  private static Taxonomy older() {
    return Taxonomy.builder("v1.1.0", "en")
        .addSkill(
            skill(
                "a",
                "use spreadsheets",
                List.of("spreadsheets", "excel"),
                SkillType.SKILL_COMPETENCE))
        .addSkill(skill("b", "Python", List.of(), SkillType.KNOWLEDGE))
        .addSkill(skill("c", "weld", List.of(), SkillType.SKILL_COMPETENCE))
        .addOccupation(occ("o1", "software developer"))
        .addOccupation(occ("o2", "therapeutic radiographer"))
        .addOccupationSkillRelation(
            new OccupationSkillRelation(E + "occupation/o1", RelationType.ESSENTIAL, E + "skill/a"))
        .addOccupationSkillRelation(
            new OccupationSkillRelation(E + "occupation/o1", RelationType.OPTIONAL, E + "skill/b"))
        .addSkillGroup(new SkillGroup(E + "skill/S1", "S1", "communication", List.of(), ""))
        .addSkillGroup(new SkillGroup(E + "skill/K1", "K1", "old knowledge", List.of(), ""))
        .addSkillGroup(new SkillGroup(E + "isced-f/06", "", "ICT", List.of(), ""))
        .addIscoGroup(new IscoGroup(E + "isco/C2512", "2512", "Software developers", List.of(), ""))
        .addBroaderRelation(
            new BroaderRelation(
                "KnowledgeSkillCompetence", E + "skill/a", "SkillGroup", E + "skill/S1"))
        .build();
  }

  /**
   * v2: a gains an alt label and loses one, b changes type, c removed, d added; o1's b becomes
   * essential, o2 removed; group S1 gets a UUID URI (same code), K1 removed, T9 added.
   */
  private static Taxonomy newer() {
    return Taxonomy.builder("v1.1.1", "en")
        .addSkill(
            skill(
                "a",
                "use spreadsheets",
                List.of("spreadsheets", "use Excel"),
                SkillType.SKILL_COMPETENCE))
        .addSkill(skill("b", "Python", List.of(), SkillType.SKILL_COMPETENCE))
        .addSkill(skill("d", "ICT safety", List.of(), SkillType.SKILL_COMPETENCE))
        .addOccupation(occ("o1", "software developer"))
        .addOccupationSkillRelation(
            new OccupationSkillRelation(E + "occupation/o1", RelationType.ESSENTIAL, E + "skill/a"))
        .addOccupationSkillRelation(
            new OccupationSkillRelation(E + "occupation/o1", RelationType.ESSENTIAL, E + "skill/b"))
        .addSkillGroup(new SkillGroup(E + "skill/uuid-s1", "S1", "communication", List.of(), ""))
        .addSkillGroup(new SkillGroup(E + "skill/uuid-t9", "T9", "new transversal", List.of(), ""))
        .addSkillGroup(new SkillGroup(E + "isced-f/06", "", "ICT", List.of(), ""))
        .addIscoGroup(new IscoGroup(E + "isco/C2512", "2512", "Software developers", List.of(), ""))
        .addBroaderRelation(
            new BroaderRelation(
                "KnowledgeSkillCompetence", E + "skill/a", "SkillGroup", E + "skill/uuid-s1"))
        .build();
  }

  @Test
  void reportsAddedRemovedAndChangedConceptsSortedByTypeThenUri() {
    DiffResult d = TaxonomyDiff.compare(older(), newer());

    assertThat(d.fromVersion()).isEqualTo("v1.1.0");
    assertThat(d.toVersion()).isEqualTo("v1.1.1");
    assertThat(d.changes())
        .extracting(c -> c.conceptType() + " " + c.change() + " " + c.conceptUri())
        .containsExactly(
            "skill CHANGED " + E + "skill/a",
            "skill CHANGED " + E + "skill/b",
            "skill REMOVED " + E + "skill/c",
            "skill ADDED " + E + "skill/d",
            "occupation CHANGED " + E + "occupation/o1",
            "occupation REMOVED " + E + "occupation/o2",
            "skill-group REMOVED " + E + "skill/K1",
            "skill-group CHANGED " + E + "skill/uuid-s1",
            "skill-group ADDED " + E + "skill/uuid-t9");
  }

  @Test
  void altLabelChangesListRemovedAsOldAndAddedAsNew() {
    ConceptChange a = TaxonomyDiff.compare(older(), newer()).changes().get(0);

    assertThat(a.fields()).containsExactly(new FieldChange("altLabels", "excel", "use Excel"));
  }

  @Test
  void broaderLinksToARenamedGroupWithTheSameCodeAreNotAChange() {
    DiffResult d = TaxonomyDiff.compare(older(), newer());

    assertThat(d.changes().get(0).field("broader")).isEmpty();
  }

  @Test
  void skillTypeChangeIsReported() {
    ConceptChange b = TaxonomyDiff.compare(older(), newer()).changes().get(1);

    assertThat(b.fields())
        .containsExactly(new FieldChange("skillType", "knowledge", "skill/competence"));
  }

  @Test
  void relationChangesListRemovedAndAddedSkills() {
    ConceptChange o1 = TaxonomyDiff.compare(older(), newer()).changes().get(4);

    assertThat(o1.fields())
        .containsExactly(
            new FieldChange("essentialSkills", "", E + "skill/b"),
            new FieldChange("optionalSkills", E + "skill/b", ""));
  }

  @Test
  void skillGroupWhoseUriChangedIsMatchedByCode() {
    ConceptChange s1 = TaxonomyDiff.compare(older(), newer()).changes().get(7);

    assertThat(s1.change()).isEqualTo(ChangeKind.CHANGED);
    assertThat(s1.fields())
        .containsExactly(new FieldChange("uri", E + "skill/S1", E + "skill/uuid-s1"));
  }

  @Test
  void summaryCountsEveryTypeAndChange() {
    DiffResult d = TaxonomyDiff.compare(older(), newer());

    assertThat(d.summary().keySet())
        .containsExactly("skill", "occupation", "skill-group", "isco-group");
    assertThat(d.summary().get("skill"))
        .containsEntry(ChangeKind.ADDED, 1L)
        .containsEntry(ChangeKind.REMOVED, 1L)
        .containsEntry(ChangeKind.CHANGED, 2L);
    assertThat(d.summary().get("isco-group")).containsEntry(ChangeKind.CHANGED, 0L);
  }

  @Test
  void aReleaseComparedWithItselfHasNoChanges() {
    assertThat(TaxonomyDiff.compare(newer(), newer()).changes()).isEmpty();
  }

  @Test
  void releasesInDifferentLanguagesAreNotCompared() {
    Taxonomy fr = Taxonomy.builder("v1.1.1", "fr").build();
    assertThatThrownBy(() -> TaxonomyDiff.compare(older(), fr))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot compare ESCO releases: languages differ (en vs fr)");
  }
}
