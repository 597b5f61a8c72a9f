package org.microcert.taxonomy.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEmbedderIT {

  @Test
  void relatedTextsAreCloserThanUnrelatedOnes() {
    SentenceEmbedder e = SentenceEmbedder.get();
    float[] q = e.embed("write programs in Python");
    float[] near = e.embed("Python (computer programming)");
    float[] far = e.embed("bake bread and pastries");
    assertThat(q).hasSize(SentenceEmbedder.DIMENSION);
    assertThat(SentenceEmbedder.dot(q, near)).isGreaterThan(SentenceEmbedder.dot(q, far) + 0.2f);
    assertThat(SentenceEmbedder.dot(q, q))
        .isCloseTo(1f, org.assertj.core.api.Assertions.within(1e-4f));
  }

  @Test
  void embeddingIsDeterministic() {
    SentenceEmbedder e = SentenceEmbedder.get();
    assertThat(e.embed("manage a project budget"))
        .containsExactly(e.embed("manage a project budget"));
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      many.add("skill number " + i + " in project management");
    }
    e.embedAll(many.subList(0, 100));
    long t0 = System.nanoTime();
    List<float[]> vs = e.embedAll(many);
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        "embedded %d short texts in %.2f s (%.0f/s, one thread)%n",
        many.size(), s, many.size() / s);
    assertThat(vs).hasSize(400);
    // Embedding a list gives the same vectors as one text at a time.
    assertThat(vs.get(7)).containsExactly(e.embed(many.get(7)));
  }

  @Test
  void aTextTheTokenizerKeepsNothingOfIsEmbeddedAsABlankOne() {
    SentenceEmbedder e = SentenceEmbedder.get();
    float[] blank = e.embed(" ");
    // a private-use icon, U+FFFD, a lone combining accent, a soft hyphen, a zero-width joiner, NUL
    for (String t : List.of("\uE000", "\uFFFD", "\u0301", "\u00AD", "\u200D", "\u0000")) {
      assertThat(e.embed(t)).containsExactly(blank);
    }
    List<float[]> vs = e.embedAll(List.of("manage a project budget", "\uE000\uE001"));
    assertThat(vs.get(0)).containsExactly(e.embed("manage a project budget"));
    assertThat(vs.get(1)).containsExactly(blank);
  }
}
