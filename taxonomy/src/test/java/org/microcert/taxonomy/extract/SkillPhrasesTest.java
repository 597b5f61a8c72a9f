package org.microcert.taxonomy.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding skill phrases token by token, with the shipped SkillSpan list and a hand-made one. */
class SkillPhrasesTest {

  private static List<String> found(SkillPhrases p, String text) {
    return p.find(text).stream().map(h -> text.substring(h.start(), h.end())).toList();
  }

  @Test
  void lettersAndDigitsMakeATokenAndEveryOtherCharacterIsOne() {
    assertThat(
            SkillPhrases.tokens("Node.js, C++ and ASP.NET  4.8").stream()
                .map(SkillPhrases.Token::text))
        .containsExactly(
            "node", ".", "js", ",", "c", "+", "+", "and", "asp", ".", "net", "4", ".", "8");
  }

  @Test
  void theShippedPhrasesAreFoundInARealPostingSentenceWithTheirSpans() {
    SkillPhrases shipped = SkillPhrases.defaults();
    assertThat(shipped.size()).isGreaterThan(3_000);
    // HOUSE-like wording: SkillSpan writes ".NET" as ". net" and "C++" as "c ++"; tokens match
    // both.
    String text = "Team player with great communication skills, fluent English and C# / .NET.";
    List<String> spans = found(shipped, text);
    assertThat(spans)
        .contains("Team player", "communication skills", "communication", "English", "C#", ".NET");
    SkillPhrases.Hit english =
        shipped.find(text).stream().filter(h -> h.phrase().equals("english")).findFirst().get();
    assertThat(text.substring(english.start(), english.end())).isEqualTo("English");
  }

  @Test
  void aOneWordPhraseMustBeTheSkillsLabelAndAnAcronymMustBeInCapitals() {
    SkillPhrases p = SkillPhrases.of(List.of("lead", "python", "sql", "team player"));
    String text = "Lead our team player culture with Python and sql, or SQL.";
    List<SkillPhrases.Hit> hits = p.find(text);
    SkillPhrases.Hit lead = hits.get(0);
    assertThat(lead.phrase()).isEqualTo("lead");
    assertThat(SkillPhrases.agrees(lead, text, "lead others")).isFalse();
    assertThat(SkillPhrases.agrees(lead, text, "Lead")).isTrue();
    SkillPhrases.Hit team = hits.get(1);
    assertThat(SkillPhrases.agrees(team, text, "work in teams")).isTrue();
    SkillPhrases.Hit python = hits.get(2);
    assertThat(SkillPhrases.agrees(python, text, "Python (computer programming)")).isTrue();
    assertThat(hits.subList(3, 5))
        .extracting(h -> SkillPhrases.agrees(h, text, "SQL"))
        .containsExactly(false, true);
  }

  @Test
  void aPhraseNeverMatchesInsideAWord() {
    SkillPhrases p = SkillPhrases.of(List.of("java", "sql"));
    assertThat(found(p, "JavaScript and NoSQL, not Java")).containsExactly("Java");
  }

  @Test
  void overlappingPhrasesAreAllReportedLongestFirstAtTheSameStart() {
    SkillPhrases p = SkillPhrases.of(List.of("java", "java developer", "developer", " ", ""));
    assertThat(p.size()).isEqualTo(3);
    assertThat(found(p, "Senior Java developer wanted"))
        .containsExactly("Java developer", "Java", "developer");
    assertThat(found(p, "")).isEmpty();
  }
}
