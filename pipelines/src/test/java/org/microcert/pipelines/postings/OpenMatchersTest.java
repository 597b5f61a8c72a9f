package org.microcert.pipelines.postings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.index.CompetencyIndexWriter;
import org.microcert.taxonomy.match.CompetencyMatcher;
import org.microcert.taxonomy.model.Occupation;

/** The JVM's open matchers: one open index per folder, however it is spelt and whoever asks. */
class OpenMatchersTest {

  @TempDir static Path tmp;

  @BeforeAll
  static void build() {
    Taxonomy t =
        Taxonomy.builder("v1.1.1", "en")
            .addOccupation(
                new Occupation(
                    "occupation/dba",
                    "2521.1",
                    "2521",
                    "database administrator",
                    List.of("DBA"),
                    List.of(),
                    "",
                    "released",
                    ""))
            .build();
    CompetencyIndexWriter.write(t, tmp.resolve("index"));
  }

  @Test
  void oneMatcherPerIndexFolderHoweverItIsSpeltAndTheModelCodesOverIt() {
    CompetencyMatcher a = OpenMatchers.get(tmp.resolve("index"), false);
    CompetencyMatcher b = OpenMatchers.get(tmp.resolve("x").resolve("..").resolve("index"), false);
    assertThat(b).isSameAs(a);
    assertThat(a.hasDense()).isFalse();

    ExtractionModel model =
        ExtractionModel.fromTaxonomy(Taxonomy.builder("v1.1.1", "en").build())
            .withTitleMatcher(tmp.resolve("index"), false, null)
            .withSkillMatcher(tmp.resolve("index"));
    assertThat(model.titleCoder().code("DBA"))
        .hasValueSatisfying(c -> assertThat(c.occupationUri()).isEqualTo("occupation/dba"));
    assertThat(model.sentenceSkills()).isNotNull();
    assertThat(OpenMatchers.get(tmp.resolve("index"), false)).isSameAs(a);
  }
}
