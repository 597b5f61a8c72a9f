package org.microcert.pipelines.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.taxonomy.extract.LabelEntry;
import org.microcert.taxonomy.extract.SkillExtractor;

class ExtractQualityTest {

  private static final SkillExtractor EXTRACTOR =
      SkillExtractor.build(
          List.of(
              new LabelEntry("urn:python", "Python", true),
              new LabelEntry("urn:sql", "SQL", true),
              new LabelEntry("urn:yoga", "yoga", true)),
          Set.of());

  @TempDir Path tmp;

  /**
   * Hand-checked: gold spans are "Python" (twice in the text) and "data pipelines" (once): 3
   * occurrences. Mentions: Python ×2 (both inside gold), SQL (not gold), yoga (in the benefits
   * section, not gold). Raw text: recall 2/3, precision 2/4. As ingested, the benefits section is
   * dropped: the same 3 gold occurrences (none was in it), mentions Python ×2 and SQL: recall 2/3,
   * precision 2/3.
   */
  @Test
  void measuresRecallAndPrecisionOnRawAndIngestedTexts() throws Exception {
    String jsonText =
        "Responsibilities\\nBuild data pipelines in Python.\\nReview Python code and SQL.\\n"
            + "Benefits\\nFree yoga classes.";
    Path file =
        Files.writeString(
            tmp.resolve("spans.jsonl"),
            "{\"text\":\""
                + jsonText
                + "\", \"gold_skill_spans\":[\"Python\"],"
                + " \"gold_knowledge_spans\":[\"data pipelines\"]}\n");

    ExtractQuality.Result raw = ExtractQuality.evaluate(EXTRACTOR, file);
    assertThat(raw.goldSpans()).isEqualTo(3);
    assertThat(raw.mentions()).isEqualTo(4);
    assertThat(raw.spanRecall()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(raw.mentionPrecision()).isCloseTo(0.5, within(1e-9));

    ExtractQuality.Result ingested = ExtractQuality.evaluateAsIngested(EXTRACTOR, file);
    assertThat(ingested.goldSpans()).isEqualTo(3);
    assertThat(ingested.mentions()).isEqualTo(3);
    assertThat(ingested.spanRecall()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(ingested.mentionPrecision()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(ExtractQuality.droppedGoldSpans(file)).isZero();
  }
}
