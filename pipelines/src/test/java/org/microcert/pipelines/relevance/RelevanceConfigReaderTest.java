package org.microcert.pipelines.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RelevanceConfigReaderTest {

  @Test
  void theShippedConfigEqualsTheCodeDefaults() {
    Path shipped =
        Path.of(System.getProperty("microcert.samples", "../data-samples"))
            .resolveSibling("conf")
            .resolve("relevance.yaml");
    assertThat(RelevanceConfigReader.read(shipped)).isEqualTo(RelevanceConfig.defaults());
  }

  @Test
  void overlaysGivenKeysAndKeepsDefaultsForTheRest() {
    RelevanceConfig c =
        RelevanceConfigReader.parse(
            "relevance:\n  evidence:\n    min-postings: 12\n  weights:\n    trend: 0\n", "test");
    assertThat(c.evidence().minPostings()).isEqualTo(12);
    assertThat(c.evidence().z()).isEqualTo(1.96);
    assertThat(c.weights().trend()).isZero();
    assertThat(c.weights().demand()).isEqualTo(0.35);
  }

  @Test
  void rejectsAMisspelledKeyNamingItsPath() {
    assertThatThrownBy(
            () ->
                RelevanceConfigReader.parse(
                    "relevance:\n  weights:\n    demnd: 0.5\n", "conf/relevance.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot read relevance config conf/relevance.yaml: unknown key"
                + " 'relevance.weights.demnd' (known: demand, trend, breadth, essential,"
                + " alignment)");
    assertThatThrownBy(() -> RelevanceConfigReader.parse("relevanse: {}\n", "x"))
        .hasMessageContaining("unknown key 'relevanse'");
  }

  @Test
  void rejectsWrongTypesAndOutOfRangeValues() {
    assertThatThrownBy(
            () ->
                RelevanceConfigReader.parse(
                    "relevance:\n  evidence:\n    min-postings: many\n", "x"))
        .hasMessageContaining("'relevance.evidence.min-postings' must be a number");
    assertThatThrownBy(
            () ->
                RelevanceConfigReader.parse("relevance:\n  evidence:\n    min-postings: 0\n", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("evidence.min-postings: 0 is below 1");
    assertThatThrownBy(
            () -> RelevanceConfigReader.parse("relevance:\n  bands:\n    moderate: 80\n", "x"))
        .hasMessageContaining("need 0 <= moderate <= high <= 100");
  }
}
