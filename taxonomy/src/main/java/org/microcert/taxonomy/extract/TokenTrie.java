package org.microcert.taxonomy.extract;

import java.util.Arrays;

/**
 * A trie over integer token ids, stored as one open-addressing hash table from {@code (node,
 * token)} to child node. Node 0 is the root. Not thread-safe while building; read-only use after
 * building is thread-safe.
 */
final class TokenTrie {

  private static final long EMPTY = -1L;

  private long[] keys;
  private int[] children;
  private int size;
  private int nodeCount = 1;

  TokenTrie(int expectedEdges) {
    int cap = Integer.highestOneBit(Math.max(16, expectedEdges * 2) - 1) << 1;
    keys = new long[cap];
    Arrays.fill(keys, EMPTY);
    children = new int[cap];
  }

  /** Number of nodes, the root included. */
  int nodeCount() {
    return nodeCount;
  }

  /** The child of {@code node} along {@code token}, created if absent. */
  int childOrAdd(int node, int token) {
    int found = child(node, token);
    if (found >= 0) {
      return found;
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int id = nodeCount++;
    put(key(node, token), id);
    return id;
  }

  /** The child of {@code node} along {@code token}, or -1. */
  int child(int node, int token) {
    long k = key(node, token);
    int mask = keys.length - 1;
    int i = mix(k) & mask;
    while (true) {
      long at = keys[i];
      if (at == k) {
        return children[i];
      }
      if (at == EMPTY) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  private void put(long k, int child) {
    int mask = keys.length - 1;
    int i = mix(k) & mask;
    while (keys[i] != EMPTY) {
      i = (i + 1) & mask;
    }
    keys[i] = k;
    children[i] = child;
    size++;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldChildren = children;
    keys = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    children = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        put(oldKeys[i], oldChildren[i]);
      }
    }
  }

  private static long key(int node, int token) {
    return ((long) node << 32) | (token & 0xffffffffL);
  }

  private static int mix(long k) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29));
  }
}
