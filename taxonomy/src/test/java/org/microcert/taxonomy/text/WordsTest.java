package org.microcert.taxonomy.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void countsRunsOfNonWhitespace() {
    assertThat(Words.count("")).isZero();
    assertThat(Words.count(" \t\n ")).isZero();
    assertThat(Words.count("software developer")).isEqualTo(2);
    assertThat(Words.count("  nurse responsible\tfor\ngeneral care ")).isEqualTo(5);
    assertThat(Words.count("C# / .NET")).isEqualTo(3);
  }
}
