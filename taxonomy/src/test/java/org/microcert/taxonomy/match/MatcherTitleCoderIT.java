package org.microcert.taxonomy.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.taxonomy.extract.TitleCode;
import org.microcert.taxonomy.index.CompetencyIndex;
import org.microcert.taxonomy.index.QueryVectors;
import org.microcert.taxonomy.testing.SampleIndex;

/** Real vacancy titles (the shipped SkillSpan TECH sample's) coded over the shipped ESCO sample. */
class MatcherTitleCoderIT {

  private static final String DATA_SCIENTIST =
      "http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30";
  private static final String DATABASE_ADMINISTRATOR =
      "http://data.europa.eu/esco/occupation/8c57af09-719c-42b3-be40-6ed4946236cc";
  private static final String WEB_DEVELOPER =
      "http://data.europa.eu/esco/occupation/c40a2919-48a9-40ea-b506-1f34f693496d";

  @TempDir static Path tmp;
  static CompetencyIndex index;
  static MatcherTitleCoder coder;

  @BeforeAll
  static void build() {
    index = SampleIndex.open(tmp);
    CompetencyMatcher lexical = new CompetencyMatcher(index, null, MatcherSettings.defaults());
    QueryVectors none =
        text -> {
          throw new AssertionError("a lexical matcher asked for a vector");
        };
    coder = new MatcherTitleCoder(lexical, none, MatcherTitleCoder.DEFAULT_MIN_SCORE);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void codesRealTitlesToTheirOccupationWithItsIscoGroup() {
    TitleCode ds = coder.code("Data Scientist ( m/f/d )").orElseThrow();
    assertThat(ds.occupationUri()).isEqualTo(DATA_SCIENTIST);
    assertThat(ds.iscoGroup()).isEqualTo("2511");
    assertThat(coder.code("Senior Web Developer").orElseThrow().occupationUri())
        .isEqualTo(WEB_DEVELOPER);
  }

  @Test
  void levelAndContractWordsDoNotChangeTheCode() {
    assertThat(coder.code("Database Administrators").map(TitleCode::occupationUri))
        .contains(DATABASE_ADMINISTRATOR);
    assertThat(coder.code("Senior Database Administrator - Contract").map(TitleCode::occupationUri))
        .contains(DATABASE_ADMINISTRATOR);
  }

  @Test
  void blankTitlesAreNotCoded() {
    assertThat(coder.code("  ")).isEqualTo(Optional.empty());
    assertThat(coder.code("( m/f/d )")).isEqualTo(Optional.empty());
  }
}
