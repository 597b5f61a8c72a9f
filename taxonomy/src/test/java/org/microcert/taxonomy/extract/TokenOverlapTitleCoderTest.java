package org.microcert.taxonomy.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcert.taxonomy.model.Occupation;

class TokenOverlapTitleCoderTest {

  private static Occupation occupation(String uri, String isco, String label, String... alts) {
    return new Occupation(
        uri, isco + ".1", isco, label, List.of(alts), List.of(), "", "released", "");
  }

  private final TokenOverlapTitleCoder coder =
      new TokenOverlapTitleCoder(
          List.of(
              occupation("occ/data-scientist", "2511", "data scientist", "data science specialist"),
              occupation("occ/nurse", "2221", "specialist nurse", "registered nurse"),
              occupation("occ/cook", "5120", "cook", "line cook")));

  @Test
  void codesATitleToTheOccupationWithItsIscoGroup() {
    TitleCode c = coder.code("Senior Data Scientist (m/f/d)").orElseThrow();
    assertThat(c.occupationUri()).isEqualTo("occ/data-scientist");
    assertThat(c.iscoGroup()).isEqualTo("2511");
    assertThat(c.score()).isBetween(0.5, 1.0);
  }

  @Test
  void matchesAlternativeLabels() {
    assertThat(coder.code("registered nurse (R.N.)"))
        .map(TitleCode::occupationUri)
        .contains("occ/nurse");
  }

  @Test
  void givesNoCodeToUnrelatedOrEmptyTitles() {
    assertThat(coder.code("chief happiness officer")).isEmpty();
    assertThat(coder.code("")).isEmpty();
  }
}
