package org.microcert.taxonomy.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.taxonomy.index.CompetencyIndex;
import org.microcert.taxonomy.index.DenseIndex;
import org.microcert.taxonomy.testing.SampleIndex;

/**
 * The fused rule of {@link SentenceSkills} (MiniLM over the shipped ESCO sample) beside the lexical
 * rule, and the rule itself on hand-made rankings.
 */
class DenseSentenceSkillsIT {

  /** "manage budgets", cross-sector: the lexical rule never keeps it. */
  private static final String BUDGETS =
      "http://data.europa.eu/esco/skill/21c5790c-0930-4d74-b3b0-84caf5af12ea";

  /** "develop automated migration methods", sector-specific. */
  private static final String MIGRATION =
      "http://data.europa.eu/esco/skill/0b0335f3-0aa1-491e-895e-81fc8774a300";

  /** "solve problems", transversal. */
  private static final String SOLVE_PROBLEMS =
      "http://data.europa.eu/esco/skill/adc6dc11-3376-467b-96c5-9b0a21edc869";

  @TempDir static Path tmp;
  static CompetencyIndex index;
  static DenseIndex denseIndex;
  static CompetencyMatcher lexical;
  static CompetencyMatcher fused;
  static SentenceSkills lexicalOnly;
  static SentenceSkills both;

  @BeforeAll
  static void build() {
    index = SampleIndex.open(tmp);
    denseIndex = DenseIndex.openOrBuild(index, tmp.resolve("dense"));
    lexical = CompetencyMatcher.withDefaults(index, null);
    fused = CompetencyMatcher.withDefaults(index, denseIndex);
    lexicalOnly = new SentenceSkills(lexical);
    both = new SentenceSkills(lexical, fused);
  }

  @AfterAll
  static void close() throws Exception {
    denseIndex.close();
    index.close();
  }

  private static List<String> uris(SentenceSkills s, String text) {
    return s.find(text).stream().map(SentenceSkills.Found::skillUri).toList();
  }

  @Test
  void theFusedRuleKeepsAParaphrasedSkillTheLexicalRuleCannot() {
    String text = "You will prepare and manage the yearly budgets of the department.";
    assertThat(uris(lexicalOnly, text)).isEmpty();
    assertThat(uris(both, text)).containsExactly(BUDGETS);
  }

  @Test
  void aSkillBothRulesKeepIsReportedOnce() {
    String text = "You will develop automated methods for the migration of legacy data.";
    assertThat(uris(lexicalOnly, text)).containsExactly(MIGRATION);
    assertThat(uris(both, text)).containsExactly(MIGRATION);
  }

  @Test
  void sentencesWithoutASkillKeepNothing() {
    assertThat(uris(both, "We are located downtown, close to the station.")).isEmpty();
  }

  @Test
  void eachSentenceOfATextIsRankedOnItsOwn() {
    String text =
        "We are located downtown.\nYou will prepare and manage the yearly budgets of the"
            + " department.";
    SentenceSkills.Found f = both.find(text).get(0);
    assertThat(f.skillUri()).isEqualTo(BUDGETS);
    assertThat(text.substring(f.start(), f.end())).startsWith("You will prepare");
  }

  @Test
  void cachedFusedResultsGiveTheSameSkillsInTheNextRun() {
    Path file = tmp.resolve("sentence-skills.bin");
    String fp = SentenceSkills.fusedRuleFingerprint(MatcherSettings.defaults(Target.SKILLS));
    List<String> texts =
        List.of(
            "You will prepare and manage the yearly budgets of the department.",
            "You will develop automated methods for the migration of legacy data.",
            "We are located downtown, close to the station.",
            "We value creative problem solving in everything we do.");
    SentenceSkills first = new SentenceSkills(lexical, fused, SentenceSkillCache.open(file, fp));
    List<List<String>> before = texts.stream().map(t -> uris(first, t)).toList();
    first.cache().save();

    SentenceSkills second = new SentenceSkills(lexical, fused, SentenceSkillCache.open(file, fp));
    assertThat(texts.stream().map(t -> uris(second, t)).toList())
        .isEqualTo(before)
        .isEqualTo(texts.stream().map(t -> uris(both, t)).toList());
    // every sentence and every skill phrase found in them came from the file
    assertThat(second.cache().hits()).isGreaterThan(texts.size());
    assertThat(second.cache().misses()).isZero();
    assertThat(uris(second, texts.get(3))).containsExactly(SOLVE_PROBLEMS);
  }

  private static CompetencyMatch ranked(int rank, double score, double cosine) {
    return ranked(rank, score, cosine, 1.0);
  }

  @Test
  void theFusedRuleNeedsALeadOverTheSecondAndACosine() {
    assertThat(SentenceSkills.denseConfident(List.of(ranked(1, 0.80, 0.70), ranked(2, 0.70, 0.6))))
        .isTrue();
    // lead 0.05 < 0.08
    assertThat(SentenceSkills.denseConfident(List.of(ranked(1, 0.80, 0.70), ranked(2, 0.75, 0.6))))
        .isFalse();
    // cosine 0.55 < 0.6
    assertThat(SentenceSkills.denseConfident(List.of(ranked(1, 0.80, 0.55), ranked(2, 0.50, 0.5))))
        .isFalse();
    // a lone match leads by its whole score
    assertThat(SentenceSkills.denseConfident(List.of(ranked(1, 0.30, 0.65)))).isTrue();
    assertThat(SentenceSkills.denseConfident(List.of())).isFalse();
  }

  @Test
  void aSkillPhraseIsLinkedToASkillWithThePhrasesOwnSpan() {
    // "problem solving" is a SkillSpan phrase and no ESCO label; the sentence as a whole is not
    // sure of any skill.
    String text = "We value creative problem solving in everything we do.";
    assertThat(uris(lexicalOnly, text)).isEmpty();
    List<SentenceSkills.Found> found = both.find(text);
    assertThat(found).extracting(SentenceSkills.Found::skillUri).containsExactly(SOLVE_PROBLEMS);
    assertThat(text.substring(found.get(0).start(), found.get(0).end()))
        .isEqualTo("problem solving");
  }

  @Test
  void thePhraseRuleNeedsALeadACosineAndALexicalScore() {
    assertThat(phraseKept(ranked(1, 0.9, 0.7, 0.8), ranked(2, 0.6, 0.6, 0.5))).isTrue();
    // lead 0.15 < 0.2
    assertThat(phraseKept(ranked(1, 0.9, 0.7, 0.8), ranked(2, 0.75, 0.6, 0.5))).isFalse();
    // cosine 0.55 < 0.6
    assertThat(phraseKept(ranked(1, 0.9, 0.55, 0.8), ranked(2, 0.5, 0.5, 0.5))).isFalse();
    // lexical 0.4 < 0.5: a phrase that only MiniLM ties to the skill
    assertThat(phraseKept(ranked(1, 0.9, 0.8, 0.4), ranked(2, 0.5, 0.5, 0.5))).isFalse();
    assertThat(phraseKept()).isFalse();
  }

  private static boolean phraseKept(CompetencyMatch... ranked) {
    return SentenceSkills.phraseConfident(List.of(ranked));
  }

  private static CompetencyMatch ranked(int rank, double score, double cosine, double lexical) {
    return new CompetencyMatch(
        rank,
        "u" + rank,
        "label",
        "skill",
        "skill/competence",
        score,
        lexical,
        cosine,
        Confidence.MEDIUM,
        "label",
        List.of());
  }

  @Test
  void theRulesAreNamedAsTheOptionWritesThem() {
    assertThat(SentenceSkills.Rules.parse("dense")).isEqualTo(SentenceSkills.Rules.DENSE);
    assertThat(SentenceSkills.Rules.parse(" Lexical ")).isEqualTo(SentenceSkills.Rules.LEXICAL);
    assertThat(SentenceSkills.Rules.parse("true")).isEqualTo(SentenceSkills.Rules.LEXICAL);
    assertThat(SentenceSkills.Rules.parse(null)).isEqualTo(SentenceSkills.Rules.OFF);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SentenceSkills.Rules.parse("fused"))
        .hasMessage("Cannot use sentence skills 'fused': expected off, lexical or dense");
  }
}
