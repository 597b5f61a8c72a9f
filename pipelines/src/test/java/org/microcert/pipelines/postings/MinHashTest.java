package org.microcert.pipelines.postings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHashTest {

  /** Override with {@code -Dmicrocert.test.seed=N}; every failure message names the seed. */
  private static final long SEED = Long.getLong("microcert.test.seed", 20261202L);

  private static final int PAIRS = 300;

  /** Chance that any of the {@link #PAIRS} estimates falls outside the bound (Hoeffding). */
  private static final double FAILURE_CHANCE = 1e-3;

  @Test
  void normalisesToLowerCaseWordsOfLettersAndDigits() {
    assertThat(MinHash.normalise("  Senior C++ Developer, 2x  ÉQUIPE!\n(Toronto)"))
        .isEqualTo("senior c developer 2x équipe toronto");
    assertThat(MinHash.normalise("--- ...")).isEmpty();
  }

  @Test
  void hashesUtf8BytesWithSha256() {
    assertThat(MinHash.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void identicalTextsHaveIdenticalSignatures() {
    String text = MinHash.normalise("Build dashboards in Power BI and maintain SQL pipelines");
    int[] a = MinHash.signature(text);
    assertThat(a).hasSize(MinHash.SIZE).isEqualTo(MinHash.signature(text));
    assertThat(MinHash.similarity(a, MinHash.signature(text))).isEqualTo(1.0);
  }

  @Test
  void aTextShorterThanAShingleIsSignedByItsWords() {
    int[] one = MinHash.signature("python");
    assertThat(one).doesNotContain(Integer.MAX_VALUE);
    assertThat(MinHash.similarity(one, MinHash.signature("python"))).isEqualTo(1.0);
    assertThat(MinHash.similarity(MinHash.signature("python sql"), one)).isLessThan(1.0);
  }

  @Test
  void anEmptyTextHasTheEmptySignature() {
    assertThat(MinHash.signature("")).containsOnly(Integer.MAX_VALUE);
  }

  /**
   * The estimate against the exact Jaccard similarity of the two texts' word 3-shingle sets, on
   * random pairs from identical to disjoint. Each of the {@link MinHash#SIZE} places agrees with
   * probability J, so by Hoeffding |estimate − J| ≤ ε = sqrt(ln(2 · pairs / δ) / (2 · SIZE)) for
   * all pairs except with probability δ; and the mean error over all pairs is unbiased, within ε /
   * sqrt(pairs).
   */
  @Test
  void estimatesTheJaccardSimilarityOfShingleSetsWithinTheHoeffdingBound() {
    Random random = new Random(SEED);
    double epsilon = Math.sqrt(Math.log(2.0 * PAIRS / FAILURE_CHANCE) / (2.0 * MinHash.SIZE));
    double errorSum = 0;
    double minJaccard = 1;
    double maxJaccard = 0;
    for (int p = 0; p < PAIRS; p++) {
      List<String> a = randomWords(random, 20 + random.nextInt(60));
      List<String> b = edit(random, a, random.nextDouble());
      double exact = jaccard(shingles(a), shingles(b));
      double estimate =
          MinHash.similarity(
              MinHash.signature(String.join(" ", a)), MinHash.signature(String.join(" ", b)));
      assertThat(Math.abs(estimate - exact))
          .as("seed %d, pair %d: estimate %.3f, exact %.3f", SEED, p, estimate, exact)
          .isLessThanOrEqualTo(epsilon);
      errorSum += estimate - exact;
      minJaccard = Math.min(minJaccard, exact);
      maxJaccard = Math.max(maxJaccard, exact);
    }
    assertThat(Math.abs(errorSum / PAIRS))
        .as("seed %d: mean error", SEED)
        .isLessThanOrEqualTo(epsilon / Math.sqrt(PAIRS));
    assertThat(minJaccard).as("seed %d: the pairs reach low similarity", SEED).isLessThan(0.2);
    assertThat(maxJaccard).as("seed %d: the pairs reach high similarity", SEED).isGreaterThan(0.8);
  }

  /** Random words from a vocabulary large enough that repeated shingles are rare. */
  private static List<String> randomWords(Random random, int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add("w" + random.nextInt(5000));
    }
    return out;
  }

  /** A copy of {@code words} with each word replaced by a random one with probability {@code p}. */
  private static List<String> edit(Random random, List<String> words, double p) {
    List<String> out = new ArrayList<>(words);
    for (int i = 0; i < out.size(); i++) {
      if (random.nextDouble() < p) {
        out.set(i, "x" + random.nextInt(5000));
      }
    }
    return out;
  }

  private static Set<String> shingles(List<String> words) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 3 <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + 3)));
    }
    return out;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return both.size() / (double) union.size();
  }
}
