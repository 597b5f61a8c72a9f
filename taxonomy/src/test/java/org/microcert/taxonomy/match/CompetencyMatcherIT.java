package org.microcert.taxonomy.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.taxonomy.index.CompetencyIndex;
import org.microcert.taxonomy.index.CompetencyIndexWriter;
import org.microcert.taxonomy.index.DenseIndex;
import org.microcert.taxonomy.index.SentenceEmbedder;
import org.microcert.taxonomy.testing.TinyTaxonomy;

class CompetencyMatcherIT {

  @TempDir static Path tmp;
  static CompetencyIndex index;
  static CompetencyMatcher lexical;

  @BeforeAll
  static void build() {
    CompetencyIndexWriter.write(TinyTaxonomy.build(), tmp.resolve("index"));
    index = CompetencyIndex.open(tmp.resolve("index"));
    lexical = new CompetencyMatcher(index, null, MatcherSettings.defaults());
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void ranksTheSkillWhoseLabelTheTextNamesFirstAndExplainsWhy() {
    List<CompetencyMatch> ms =
        lexical.match("Write scripts in Python to clean data", MatchOptions.skills(3));
    assertThat(ms).isNotEmpty();
    CompetencyMatch top = ms.get(0);
    assertThat(top.uri()).isEqualTo(TinyTaxonomy.PYTHON);
    assertThat(top.rank()).isEqualTo(1);
    assertThat(top.skillType()).isEqualTo("knowledge");
    assertThat(top.matchedText()).isEqualTo("Python");
    assertThat(top.matchedTerms()).containsExactly("Python");
    assertThat(top.score()).isEqualTo(1.0);
    assertThat(top.confidence()).isEqualTo(Confidence.HIGH);
  }

  @Test
  void pluralsAndSymbolsMatchTheLabels() {
    assertThat(lexical.match("Managing budgets for projects", MatchOptions.skills(1)).get(0).uri())
        .isEqualTo(TinyTaxonomy.BUDGET);
    CompetencyMatch cpp =
        lexical.match("Program embedded systems in C++", MatchOptions.skills(1)).get(0);
    assertThat(cpp.uri()).isEqualTo(TinyTaxonomy.CPP);
    assertThat(cpp.matchedTerms()).containsExactly("C++");
  }

  @Test
  void queryTextIsDataNotSyntax() {
    for (String text :
        List.of(
            "SQL AND (Java OR Python)",
            "title:SQL* ~2 \"quoted",
            "\\ * ? : ^ [ ] { } ! - + && ||",
            "AND")) {
      List<CompetencyMatch> ms = lexical.match(text, MatchOptions.skills(5));
      assertThat(ms).allSatisfy(m -> assertThat(m.uri()).startsWith(TinyTaxonomy.BASE));
    }
    assertThat(lexical.match("SQL AND (Java)", MatchOptions.skills(2)))
        .extracting(CompetencyMatch::uri)
        .containsExactlyInAnyOrder(TinyTaxonomy.SQL, TinyTaxonomy.JAVA);
  }

  @Test
  void emptyOrControlOnlyTextHasNoMatches() {
    assertThat(lexical.match("", MatchOptions.skills(5))).isEmpty();
    assertThat(lexical.match("\u0000\u0007 \t", MatchOptions.skills(5))).isEmpty();
    assertThat(lexical.match(null, MatchOptions.skills(5))).isEmpty();
  }

  @Test
  void occupationsAreRankedSeparatelyThroughAlternativeLabels() {
    List<CompetencyMatch> ms = lexical.match("Registered Nurses", MatchOptions.occupations(2));
    assertThat(ms.get(0).uri()).isEqualTo(TinyTaxonomy.NURSE);
    assertThat(ms.get(0).matchedText()).isEqualTo("registered nurse");
    assertThat(ms).allSatisfy(m -> assertThat(m.conceptType()).isEqualTo("occupation"));
  }

  @Test
  void resultsAreDeterministicWithTiesBrokenByUri() {
    MatchOptions o = MatchOptions.skills(8);
    List<CompetencyMatch> a = lexical.match("software development computer programming", o);
    List<CompetencyMatch> b = lexical.match("software development computer programming", o);
    assertThat(a).isEqualTo(b);
    for (int i = 1; i < a.size(); i++) {
      CompetencyMatch p = a.get(i - 1);
      CompetencyMatch q = a.get(i);
      assertThat(
              p.score() > q.score() || (p.score() == q.score() && p.uri().compareTo(q.uri()) < 0))
          .isTrue();
    }
  }

  @Test
  void denseSideFindsParaphrasesTheLabelsDoNotShare() throws Exception {
    try (DenseIndex dense = DenseIndex.openOrBuild(index, tmp.resolve("dense"))) {
      CompetencyMatcher m = new CompetencyMatcher(index, dense, MatcherSettings.defaults());
      List<CompetencyMatch> ms = m.match("keep the books of a small firm", MatchOptions.skills(3));
      assertThat(ms.get(0).uri()).isEqualTo(TinyTaxonomy.ACCOUNTING);
      assertThat(ms.get(0).denseScore()).isPositive();
      // Reopening reuses the cached vectors.
      try (DenseIndex again = DenseIndex.openOrBuild(index, tmp.resolve("dense"))) {
        assertThat(again.size()).isEqualTo(dense.size());
      }
    }
  }

  @Test
  void anOccupationsCosineMixesItsPreferredLabelWithItsClosestLabel() throws Exception {
    try (DenseIndex dense = DenseIndex.openOrBuild(index, tmp.resolve("dense"))) {
      SentenceEmbedder e = SentenceEmbedder.get();
      float[] q = e.embed("Registered Nurse (night shifts)");
      String pref = "nurse responsible for general care";
      float preferred = SentenceEmbedder.dot(q, e.embed(pref));
      float best =
          Math.max(
              preferred,
              Math.max(
                  SentenceEmbedder.dot(q, e.embed("registered nurse")),
                  SentenceEmbedder.dot(q, e.embed("general nurse"))));
      assertThat(best).isGreaterThan(preferred);
      assertThat(dense.similarity(q, TinyTaxonomy.NURSE)).isCloseTo(best, within(1e-5f));
      assertThat(dense.similarity(q, TinyTaxonomy.NURSE, pref, 0.0)).isCloseTo(best, within(1e-5f));
      assertThat(dense.similarity(q, TinyTaxonomy.NURSE, pref, 0.3))
          .isCloseTo(0.3f * preferred + 0.7f * best, within(1e-5f));
      // A skill has one embedded label: the share changes nothing.
      assertThat(dense.similarity(q, TinyTaxonomy.PYTHON, "Python (computer programming)", 0.3))
          .isEqualTo(dense.similarity(q, TinyTaxonomy.PYTHON));

      // Through the matcher, with the occupation defaults, the mixed cosine is the dense score.
      CompetencyMatcher m = CompetencyMatcher.withDefaults(index, dense);
      CompetencyMatch nurse =
          m.match(
                  "Registered Nurse (night shifts)",
                  new MatchOptions(Target.OCCUPATIONS, 1, 100, false))
              .get(0);
      assertThat(nurse.uri()).isEqualTo(TinyTaxonomy.NURSE);
      assertThat(nurse.denseScore()).isCloseTo(0.3 * preferred + 0.7 * best, within(1e-5));
    }
  }
}
