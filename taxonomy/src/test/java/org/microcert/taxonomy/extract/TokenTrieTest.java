package org.microcert.taxonomy.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenTrieTest {

  /** Override with {@code -Dmicrocert.test.seed=N}; every failure message names the seed. */
  private static final long SEED = Long.getLong("microcert.test.seed", 20261202L);

  @Test
  void addsEachEdgeOnceAndFindsItAgain() {
    TokenTrie trie = new TokenTrie(1);
    int a = trie.childOrAdd(0, 7);
    int ab = trie.childOrAdd(a, 3);
    assertThat(trie.childOrAdd(0, 7)).isEqualTo(a);
    assertThat(trie.child(0, 7)).isEqualTo(a);
    assertThat(trie.child(a, 3)).isEqualTo(ab);
    assertThat(trie.child(0, 3)).as("an edge from another node").isEqualTo(-1);
    assertThat(trie.child(ab, 7)).isEqualTo(-1);
    assertThat(trie.nodeCount()).isEqualTo(3);
  }

  @Test
  void keepsNegativeAndLargeTokenIdsApart() {
    TokenTrie trie = new TokenTrie(4);
    int minus = trie.childOrAdd(0, -1);
    int max = trie.childOrAdd(0, Integer.MAX_VALUE);
    assertThat(minus).isNotEqualTo(max);
    assertThat(trie.child(0, -1)).isEqualTo(minus);
    assertThat(trie.child(0, Integer.MAX_VALUE)).isEqualTo(max);
  }

  /**
   * Random label sets (token sequences with shared prefixes), far past the initial capacity so the
   * table grows: every path the trie holds is the one a map from token prefixes to node ids holds,
   * and a path that was never added is absent.
   */
  @Test
  void agreesWithAMapOfPrefixesOnRandomLabelSets() {
    Random random = new Random(SEED);
    for (int round = 0; round < 20; round++) {
      TokenTrie trie = new TokenTrie(1 + random.nextInt(8));
      Map<List<Integer>, Integer> reference = new HashMap<>();
      reference.put(List.of(), 0);
      int tokens = 2 + random.nextInt(50);
      List<List<Integer>> labels = new ArrayList<>();
      for (int l = 0; l < 200 + random.nextInt(800); l++) {
        List<Integer> label = randomLabel(random, tokens);
        labels.add(label);
        int node = 0;
        for (int i = 0; i < label.size(); i++) {
          node = trie.childOrAdd(node, label.get(i));
          Integer known = reference.putIfAbsent(List.copyOf(label.subList(0, i + 1)), node);
          assertThat(node)
              .as("seed %d, round %d, label %s", SEED, round, label)
              .isEqualTo(known == null ? node : known);
        }
      }
      assertThat(trie.nodeCount()).as("seed %d, round %d", SEED, round).isEqualTo(reference.size());
      for (Map.Entry<List<Integer>, Integer> e : reference.entrySet()) {
        assertThat(walk(trie, e.getKey()))
            .as("seed %d, path %s", SEED, e.getKey())
            .isEqualTo(e.getValue());
      }
      for (int probe = 0; probe < 200; probe++) {
        List<Integer> path = randomLabel(random, tokens + 5);
        int expected = reference.getOrDefault(path, -1);
        assertThat(walk(trie, path)).as("seed %d, probe %s", SEED, path).isEqualTo(expected);
      }
    }
  }

  private static List<Integer> randomLabel(Random random, int tokens) {
    List<Integer> label = new ArrayList<>();
    int length = 1 + random.nextInt(5);
    for (int i = 0; i < length; i++) {
      label.add(random.nextInt(tokens));
    }
    return label;
  }

  private static int walk(TokenTrie trie, List<Integer> path) {
    int node = 0;
    for (int token : path) {
      node = trie.child(node, token);
      if (node < 0) {
        return -1;
      }
    }
    return node;
  }
}
