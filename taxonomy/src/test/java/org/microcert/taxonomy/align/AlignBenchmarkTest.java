package org.microcert.taxonomy.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.taxonomy.index.CompetencyIndex;
import org.microcert.taxonomy.index.CompetencyIndexWriter;
import org.microcert.taxonomy.match.CompetencyMatcher;
import org.microcert.taxonomy.match.MatcherSettings;
import org.microcert.taxonomy.testing.TinyTaxonomy;

class AlignBenchmarkTest {

  @TempDir Path tmp;

  @Test
  void readsDistinctEnglishTextsFromEitherColumnInFileOrder() throws Exception {
    Path coursera = tmp.resolve("c.csv");
    Files.writeString(
        coursera,
        "course_id,outcome_text,lang\n"
            + "1,Apply SQL joins,en\n"
            + "2,Comprender redes,es\n"
            + "3,\"Model data, then query it\",en\n"
            + "4,Apply SQL joins,en\n");
    Path monash = tmp.resolve("m.csv");
    Files.writeString(
        monash,
        "lo_id,learning_outcome,apply\n" + "a,Apply SQL joins,1\n" + "b,Evaluate a budget,0\n");
    assertThat(AlignBenchmark.readOutcomeTexts(List.of(coursera, monash)))
        .containsExactly("Apply SQL joins", "Model data, then query it", "Evaluate a budget");
  }

  @Test
  void aFileThatAddsNoTextIsAnError() throws Exception {
    Path a = tmp.resolve("a.csv");
    Files.writeString(a, "outcome_text\nApply SQL joins\n");
    Path b = tmp.resolve("b.csv");
    Files.writeString(b, "title\nnothing here\n");
    assertThatThrownBy(() -> AlignBenchmark.readOutcomeTexts(List.of(a, b)))
        .hasMessageContaining("Cannot benchmark")
        .hasMessageContaining(b.toString());
  }

  @Test
  void aRunCountsDistinctTextsAndAlignsEveryOutcome() throws Exception {
    CompetencyIndexWriter.write(TinyTaxonomy.build(), tmp.resolve("index"));
    try (CompetencyIndex index = CompetencyIndex.open(tmp.resolve("index"))) {
      CompetencyMatcher matcher = new CompetencyMatcher(index, null, MatcherSettings.defaults());
      List<String> texts = List.of("Python programming", "Manage budgets", "Show initiative");
      AlignBenchmark.Result r = AlignBenchmark.run(matcher, texts, 10, 3, 2);
      assertThat(r.outcomes()).isEqualTo(10);
      assertThat(r.distinctTexts()).isEqualTo(3);
      assertThat(r.dense()).isFalse();
      assertThat(r.rerunSeconds()).isZero();
      assertThat(r.toJson())
          .startsWith("{\"outcomes\":10, \"distinct_texts\":3, \"threads\":2, ")
          .contains("\"rerun_cpu_seconds\":0.00")
          .endsWith("}");
      assertThat(r.first().cpuSeconds()).isPositive();
      assertThat(r.first().wallSeconds()).isEqualTo(r.seconds()).isPositive();
    }
  }
}
