package org.microcert.taxonomy.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurfaceAgreementTest {

  private static boolean agrees(String textWord, String labelWord) {
    String text = "[" + textWord + "]";
    return SurfaceAgreement.agrees(text, 1, text.length() - 1, labelWord);
  }

  @Test
  void acceptsCaseAndInflections() {
    assertThat(agrees("SQL", "sql")).isTrue();
    assertThat(agrees("databases", "database")).isTrue();
    assertThat(agrees("companies", "company")).isTrue();
    assertThat(agrees("managing", "manage")).isTrue();
    assertThat(agrees("planning", "plan")).isTrue();
    assertThat(agrees("debugging", "debug")).isTrue();
    assertThat(agrees("managed", "manage")).isTrue();
    assertThat(agrees("company's", "company")).isTrue();
    assertThat(agrees("IT", "it")).isTrue();
  }

  @Test
  void rejectsDerivationsAndOtherWordsOfTheSameStem() {
    assertThat(agrees("using", "usability")).isFalse();
    assertThat(agrees("nutritional", "nutrition")).isFalse();
    assertThat(agrees("swiftly", "swift")).isFalse();
    assertThat(agrees("mathematical", "mathematics")).isFalse();
    assertThat(agrees("deployment", "deploy")).isFalse();
    assertThat(agrees("R", "c")).isFalse();
  }
}
