package org.microcert.taxonomy.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SkillExtractorTest {

  private static final String PYTHON = "skill/python";
  private static final String ML = "skill/ml";
  private static final String ML_OPS = "skill/mlops";
  private static final String IT = "skill/it";
  private static final String EXPERIENCE = "skill/experience";
  private static final String DATABASES = "skill/databases";

  private final SkillExtractor extractor =
      SkillExtractor.build(
          List.of(
              new LabelEntry(PYTHON, "Python (computer programming)", true),
              new LabelEntry(PYTHON, "Python", false),
              new LabelEntry(ML, "machine learning", true),
              new LabelEntry(ML_OPS, "machine learning operations", true),
              new LabelEntry(IT, "IT", false),
              new LabelEntry(EXPERIENCE, "experience", true),
              new LabelEntry(DATABASES, "manage databases", true)),
          Set.of("experience"));

  @Test
  void reportsSkillUriMatchedTextAndOffsetsInTheText() {
    String text = "We use Python daily.";
    List<Mention> m = extractor.extract(text);
    assertThat(m).hasSize(1);
    assertThat(m.get(0).skillUri()).isEqualTo(PYTHON);
    assertThat(m.get(0).matchedText()).isEqualTo("Python");
    assertThat(text.substring(m.get(0).start(), m.get(0).end())).isEqualTo("Python");
  }

  @Test
  void longestLabelWinsOverItsPrefix() {
    List<Mention> m = extractor.extract("Strong machine learning operations background");
    assertThat(m).extracting(Mention::skillUri).containsExactly(ML_OPS);
    assertThat(m.get(0).matchedText()).isEqualTo("machine learning operations");
  }

  @Test
  void matchesInflectedFormsUnderTheSharedAnalysis() {
    assertThat(extractor.extract("You will manage the databases."))
        .extracting(Mention::matchedText)
        .containsExactly("manage the databases");
  }

  @Test
  void skipsSingleTokenLabelsOnTheGenericStopList() {
    assertThat(extractor.extract("Experience with machine learning"))
        .extracting(Mention::skillUri)
        .containsExactly(ML);
  }

  @Test
  void matchesAcronymLabelsOnlyInUpperCase() {
    assertThat(extractor.extract("Work in IT support")).extracting(Mention::skillUri).containsExactly(IT);
    assertThat(extractor.extract("we need it now")).isEmpty();
  }

  @Test
  void neverMatchesAcrossALineBreakOrComma() {
    assertThat(extractor.extract("machine\nlearning")).isEmpty();
    assertThat(extractor.extract("machine, learning")).isEmpty();
  }

  @Test
  void namesTheSectionOfEachMention() {
    String text = "Senior analyst\nRequirements:\n- Python\nBenefits\nmachine learning perks";
    List<Mention> m = extractor.extract(text);
    assertThat(m).extracting(Mention::section).containsExactly("requirements", "benefits");
  }

  @Test
  void survivesRandomTextWithConsistentOffsets() {
    java.util.Random random = new java.util.Random(20261129L);
    String alphabet = "abc XYZ\n.,éü-python machine learning IT ";
    for (int i = 0; i < 200; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < random.nextInt(200); k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      for (Mention m : extractor.extract(text)) {
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.matchedText());
      }
    }
  }
}
