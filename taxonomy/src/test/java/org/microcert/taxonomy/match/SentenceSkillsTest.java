package org.microcert.taxonomy.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.taxonomy.index.CompetencyIndex;
import org.microcert.taxonomy.index.IndexedConcept;
import org.microcert.taxonomy.testing.SampleIndex;

/** The confidence rule of {@link SentenceSkills} on hand-made sentences and the shipped sample. */
class SentenceSkillsTest {

  /** "develop automated migration methods", sector-specific. */
  private static final String MIGRATION =
      "http://data.europa.eu/esco/skill/0b0335f3-0aa1-491e-895e-81fc8774a300";

  @TempDir static Path tmp;
  static CompetencyIndex index;
  static CompetencyMatcher matcher;
  static SentenceSkills skills;

  @BeforeAll
  static void build() {
    index = SampleIndex.open(tmp);
    // as CompetencyMatcher.open(indexDir, false), the pipeline's matcher
    matcher = CompetencyMatcher.withDefaults(index, null);
    skills = new SentenceSkills(matcher);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static List<String> labels(String text) {
    return skills.find(text).stream()
        .map(f -> index.concept(f.skillUri()).preferredLabel())
        .toList();
  }

  private static CompetencyMatch best(String label, List<String> terms) {
    return new CompetencyMatch(
        1, "u", label, "skill", "skill/competence", 1.0, 1.0, 0, Confidence.HIGH, label, terms);
  }

  @Test
  void keepsASpecificSkillWhosePreferredLabelTheSentenceWordsApart() {
    List<SentenceSkills.Found> found =
        skills.find("You will develop automated methods for the migration of legacy data.");
    assertThat(found).extracting(SentenceSkills.Found::skillUri).containsExactly(MIGRATION);
  }

  @Test
  void reportsTheSpanOfTheSentenceItWasFoundIn() {
    String text =
        "About us: a bank.\nYou will develop automated methods for the migration of data.";
    SentenceSkills.Found f = skills.find(text).get(0);
    assertThat(text.substring(f.start(), f.end()))
        .isEqualTo("You will develop automated methods for the migration of data.");
  }

  @Test
  void dropsTransversalAndCrossSectorSkills() {
    // "approach challenges positively" is transversal, "plan marketing strategy" cross-sector
    assertThat(labels("Approach every challenge positively and with humour.")).isEmpty();
    assertThat(labels("You plan the marketing strategy of our brands.")).isEmpty();
  }

  @Test
  void dropsShortSentencesAndSentencesWithoutSkills() {
    assertThat(labels("Migration methods.")).isEmpty();
    assertThat(labels("We are located downtown, close to the station.")).isEmpty();
  }

  @Test
  void ruleNeedsThePreferredLabelThreeWordsAndASpecificReuseLevel() {
    List<String> three = List.of("develop", "automated", "migration");
    CompetencyMatch preferred = best("develop automated migration methods", three);
    assertThat(SentenceSkills.confident(preferred, "sector-specific")).isTrue();
    assertThat(SentenceSkills.confident(preferred, "occupation-specific")).isTrue();
    assertThat(SentenceSkills.confident(preferred, "cross-sector")).isFalse();
    assertThat(SentenceSkills.confident(preferred, "transversal")).isFalse();
    assertThat(
            SentenceSkills.confident(
                best("develop automated migration methods", three.subList(0, 2)),
                "sector-specific"))
        .isFalse();
    CompetencyMatch throughAlternative =
        new CompetencyMatch(
            1,
            "u",
            "administer ICT system",
            "skill",
            "skill/competence",
            1.0,
            1.0,
            0,
            Confidence.HIGH,
            "administer network and system",
            List.of("administer", "network", "system"));
    assertThat(SentenceSkills.confident(throughAlternative, "sector-specific")).isFalse();
  }

  @Test
  void sentencesNoSpecificLabelSharesThreeWordsWithAreNotQueried() {
    assertThat(skills.mayKeepOne("You will develop automated methods for data migration."))
        .isTrue();
    // "plan marketing strategy" is cross-sector: no specific skill's label has three of these
    assertThat(skills.mayKeepOne("You plan the marketing strategy of our brands.")).isFalse();
    assertThat(skills.mayKeepOne("We are located downtown, close to the station.")).isFalse();
  }

  @Test
  void theWordCountsOfOneSentenceDoNotCarryIntoTheNext() {
    // two words of "data migration" style labels per sentence: never three in one sentence, however
    // many such sentences the thread checks before (the counts are reused between sentences)
    for (int i = 0; i < 5; i++) {
      assertThat(skills.mayKeepOne("Data migration.")).as("sentence %d", i).isFalse();
    }
    assertThat(skills.mayKeepOne("You will develop automated methods for data migration."))
        .isTrue();
    assertThat(skills.mayKeepOne("Data migration.")).isFalse();
  }

  @Test
  void theQueryFilterNeverDropsWhatTheRuleKeeps() {
    // a seeded sample of the sample's own labels and descriptions as sentences
    long seed = 20261203L;
    Random random = new Random(seed);
    List<IndexedConcept> all = index.concepts();
    MatchOptions top = new MatchOptions(Target.SKILLS, 1, 100, true);
    int keptCount = 0;
    for (int i = 0; i < 200; i++) {
      IndexedConcept c = all.get(random.nextInt(all.size()));
      String sentence = random.nextBoolean() ? c.description() : "We ask for " + c.preferredLabel();
      List<CompetencyMatch> best = matcher.match(sentence, top);
      boolean kept =
          !best.isEmpty()
              && SentenceSkills.confident(
                  best.get(0), index.concept(best.get(0).uri()).reuseLevel());
      if (kept) {
        keptCount++;
        assertThat(skills.mayKeepOne(sentence)).as("seed %d: %s", seed, sentence).isTrue();
      }
    }
    assertThat(keptCount).as("sentences the rule kept, seed %d", seed).isGreaterThan(10);
  }

  @Test
  void sameSentenceGivesTheSameSkillsEachTime() {
    String s = "You will develop automated methods for the migration of legacy data.";
    assertThat(skills.find(s)).isEqualTo(skills.find(s));
  }
}
