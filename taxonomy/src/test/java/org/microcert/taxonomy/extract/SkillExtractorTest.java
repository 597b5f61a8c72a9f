package org.microcert.taxonomy.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
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
    assertThat(extractor.extract("Work in IT support"))
        .extracting(Mention::skillUri)
        .containsExactly(IT);
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

  /** Override with {@code -Dmicrocert.test.seed=N}; every failure message names the seed. */
  private static final long SEED = Long.getLong("microcert.test.seed", 20261129L);

  @Test
  void survivesRandomTextWithConsistentOffsets() {
    Random random = new Random(SEED);
    String[] pieces = {
      "abc", " ", " ", "XYZ", "\n", ".", ",", "é", "ü", "-", "python", "machine", "learning", "IT"
    };
    int mentions = 0;
    for (int i = 0; i < 200; i++) {
      int length = random.nextInt(100);
      StringBuilder b = new StringBuilder(length);
      for (int k = 0; k < length; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      int previousEnd = 0;
      for (Mention m : extractor.extract(text)) {
        assertThat(text.substring(m.start(), m.end()))
            .as("seed %d", SEED)
            .isEqualTo(m.matchedText());
        assertThat(m.start())
            .as("seed %d: mentions in order, never overlapping", SEED)
            .isGreaterThanOrEqualTo(previousEnd);
        previousEnd = m.end();
        mentions++;
      }
    }
    assertThat(mentions).as("seed %d: random text holds some mentions", SEED).isPositive();
  }
}
