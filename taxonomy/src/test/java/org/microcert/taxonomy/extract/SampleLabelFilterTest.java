package org.microcert.taxonomy.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.esco.EscoCsvLoader;
import org.microcert.taxonomy.model.Skill;
import org.microcert.taxonomy.testing.SampleIndex;

/** The pipeline's extractor ({@link SkillExtractor#fromTaxonomy}) on the shipped ESCO sample. */
class SampleLabelFilterTest {

  private static Taxonomy sample;
  private static SkillExtractor pipeline;
  private static SkillExtractor everyLabel;

  @BeforeAll
  static void load() {
    Path esco = SampleIndex.escoSample();
    assumeTrue(Files.isDirectory(esco), "samples not found at " + esco);
    sample = new EscoCsvLoader().load(esco, null, null).taxonomy();
    pipeline = SkillExtractor.fromTaxonomy(sample);
    everyLabel =
        SkillExtractor.build(
            SkillExtractor.labelsOf(sample.skills()), GenericLabels.defaults(), LabelFilter.ALL);
  }

  private static List<String> labels(SkillExtractor e, String text) {
    return e.extract(text).stream()
        .map(m -> sample.skill(m.skillUri()).map(Skill::preferredLabel).orElseThrow())
        .toList();
  }

  @Test
  void keepsPreferredLabelsInInflectedForms() {
    assertThat(labels(pipeline, "Experience in computer programming and managing budgets."))
        .containsExactly("computer programming", "manage budgets");
  }

  @Test
  void dropsLooseAlternativeLabels() {
    // "security systems" is an alternative label of "building systems monitoring technology",
    // "counselling" one of "advise others": the texts rarely mean those skills
    String text = "Install security systems; counselling is provided.";
    assertThat(labels(everyLabel, text))
        .containsExactly("building systems monitoring technology", "advise others");
    assertThat(labels(pipeline, text)).isEmpty();
  }
}
