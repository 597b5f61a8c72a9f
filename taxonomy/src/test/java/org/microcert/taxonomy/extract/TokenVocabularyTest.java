package org.microcert.taxonomy.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenVocabularyTest {

  /** Override with {@code -Dmicrocert.test.seed=N}; every failure message names the seed. */
  private static final long SEED = Long.getLong("microcert.test.seed", 20261202L);

  @Test
  void numbersTokensInOrderOfFirstAddition() {
    TokenVocabulary v = new TokenVocabulary(1);
    assertThat(v.getOrAdd("python")).isZero();
    assertThat(v.getOrAdd("sql")).isEqualTo(1);
    assertThat(v.getOrAdd("python")).isZero();
    assertThat(v.size()).isEqualTo(2);
  }

  @Test
  void looksUpAPrefixOfALargerBufferWithoutCopying() {
    TokenVocabulary v = new TokenVocabulary(4);
    v.getOrAdd("java");
    int script = v.getOrAdd("javascript");
    char[] buffer = "javascriptXYZ".toCharArray();
    assertThat(v.get(buffer, 10)).isEqualTo(script);
    assertThat(v.get(buffer, 4)).isZero();
    assertThat(v.get(buffer, 5)).isEqualTo(-1);
    assertThat(v.get(new char[0], 0)).isEqualTo(-1);
  }

  @Test
  void agreesWithAHashMapOnRandomTokensPastSeveralGrowths() {
    Random random = new Random(SEED);
    TokenVocabulary v = new TokenVocabulary(2);
    Map<String, Integer> reference = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      String token = randomToken(random);
      int id = v.getOrAdd(token);
      Integer known = reference.putIfAbsent(token, reference.size());
      assertThat(id)
          .as("seed %d, token %s", SEED, token)
          .isEqualTo(known == null ? reference.size() - 1 : known);
    }
    assertThat(v.size()).isEqualTo(reference.size());
    for (Map.Entry<String, Integer> e : reference.entrySet()) {
      char[] chars = e.getKey().toCharArray();
      assertThat(v.get(chars, chars.length))
          .as("seed %d, %s", SEED, e.getKey())
          .isEqualTo(e.getValue());
    }
    for (int i = 0; i < 2_000; i++) {
      String probe = randomToken(random) + "#";
      assertThat(v.get(probe.toCharArray(), probe.length())).isEqualTo(-1);
    }
  }

  private static String randomToken(Random random) {
    StringBuilder b = new StringBuilder();
    int length = 1 + random.nextInt(4);
    for (int i = 0; i < length; i++) {
      b.append((char) ('a' + random.nextInt(6)));
    }
    return b.toString();
  }
}
