package org.microcert.taxonomy.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The confidence filter of {@link LabelFilter#PRIMARY} on hand-made labels and sentences. */
class LabelFilterTest {

  private static final String PYTHON = "skill/python";
  private static final String ICT_NETWORKS = "skill/ict-networks";
  private static final String ICT_SECURITY = "skill/ict-security";
  private static final String ICT_SUPPORT = "skill/ict-support";
  private static final String USABILITY = "skill/application-usability";
  private static final String DATABASES = "skill/databases";
  private static final String ML = "skill/ml";
  private static final String ML_OPS = "skill/mlops";

  private static final List<LabelEntry> LABELS =
      List.of(
          new LabelEntry(PYTHON, "Python (computer programming)", true),
          new LabelEntry(PYTHON, "Python", false),
          new LabelEntry(PYTHON, "programming in Python", false),
          new LabelEntry(ICT_NETWORKS, "ICT networking", true),
          new LabelEntry(ICT_NETWORKS, "ICT", false),
          new LabelEntry(ICT_SECURITY, "ICT security legislation", true),
          new LabelEntry(ICT_SECURITY, "ICT", false),
          new LabelEntry(ICT_SUPPORT, "provide ICT support", true),
          new LabelEntry(ICT_SUPPORT, "ICT", false),
          new LabelEntry(USABILITY, "application usability", true),
          new LabelEntry(DATABASES, "manage databases", true),
          new LabelEntry(ML, "machine learning", true),
          new LabelEntry(ML_OPS, "machine learning operations", false));

  private final SkillExtractor all = SkillExtractor.build(LABELS, Set.of(), LabelFilter.ALL);
  private final SkillExtractor primary =
      SkillExtractor.build(LABELS, Set.of(), LabelFilter.PRIMARY);

  private static List<String> uris(SkillExtractor e, String text) {
    return e.extract(text).stream().map(Mention::skillUri).toList();
  }

  @Test
  void dropsAnAmbiguousOneWordAlternativeLabelAndKeepsASpecificPreferredOne() {
    String text = "Join the ICT team to provide ICT support.";
    assertThat(uris(all, text))
        .containsExactly(ICT_NETWORKS, ICT_SECURITY, ICT_SUPPORT, ICT_SUPPORT);
    assertThat(uris(primary, text)).containsExactly(ICT_SUPPORT);
  }

  @Test
  void keepsTheAlternativeLabelThatIsThePreferredOneWithoutItsQualifier() {
    assertThat(uris(primary, "Strong Python skills")).containsExactly(PYTHON);
    assertThat(uris(primary, "Strong programming in Python")).isEmpty();
    assertThat(uris(all, "Strong programming in Python")).containsExactly(PYTHON);
  }

  @Test
  void dropsAMatchThatOnlySharesTheStem() {
    // the shared analysis stems "using" like "usability"
    String text = "Build web applications using Java.";
    assertThat(uris(all, text)).containsExactly(USABILITY);
    assertThat(uris(primary, text)).isEmpty();
    assertThat(uris(primary, "Improve application usability.")).containsExactly(USABILITY);
  }

  @Test
  void keepsInflectedFormsAndSkippedStopWords() {
    assertThat(primary.extract("You will be managing the databases."))
        .extracting(Mention::matchedText)
        .containsExactly("managing the databases");
  }

  @Test
  void theLongestLabelDecidesTheSpanEvenWhenItIsDropped() {
    String text = "machine learning operations";
    assertThat(uris(all, text)).containsExactly(ML_OPS);
    assertThat(uris(primary, text)).isEmpty();
    assertThat(uris(primary, "machine learning")).containsExactly(ML);
  }

  @Test
  void removesOnlyATrailingBracketedQualifier() {
    assertThat(LabelFilter.withoutQualifier("Python (computer programming)")).isEqualTo("Python");
    assertThat(LabelFilter.withoutQualifier("project management methodology (PM²)"))
        .isEqualTo("project management methodology");
    assertThat(LabelFilter.withoutQualifier("(re)design products"))
        .isEqualTo("(re)design products");
    assertThat(LabelFilter.withoutQualifier("manage (ICT) staff daily"))
        .isEqualTo("manage (ICT) staff daily");
  }
}
