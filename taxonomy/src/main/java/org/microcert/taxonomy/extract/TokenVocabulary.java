package org.microcert.taxonomy.extract;

import java.util.Arrays;

/**
 * Analysed token → integer id, looked up straight from a term buffer without allocation. A compact
 * open-addressing table (hashes, ids and keys in parallel arrays at most half full) so that the
 * per-token lookup of extraction stays in cache; {@code CharArrayMap} with boxed values was the
 * extractor's hottest spot.
 */
final class TokenVocabulary {

  private int[] hashes;
  private int[] ids;
  private char[][] keys;
  private int size;

  TokenVocabulary(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
    hashes = new int[cap];
    ids = new int[cap];
    keys = new char[cap][];
  }

  int size() {
    return size;
  }

  /** The id of the token, or -1. */
  int get(char[] buffer, int length) {
    int h = hash(buffer, length);
    int mask = keys.length - 1;
    int i = h & mask;
    char[] k;
    while ((k = keys[i]) != null) {
      if (hashes[i] == h && k.length == length && Arrays.equals(k, 0, length, buffer, 0, length)) {
        return ids[i];
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  /** The id of the token, added with the next id if absent. */
  int getOrAdd(String token) {
    char[] chars = token.toCharArray();
    int found = get(chars, chars.length);
    if (found >= 0) {
      return found;
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int id = size;
    put(chars, hash(chars, chars.length), id);
    size++;
    return id;
  }

  private void put(char[] key, int h, int id) {
    int mask = keys.length - 1;
    int i = h & mask;
    while (keys[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    hashes[i] = h;
    ids[i] = id;
  }

  private void grow() {
    char[][] oldKeys = keys;
    int[] oldHashes = hashes;
    int[] oldIds = ids;
    keys = new char[oldKeys.length * 2][];
    hashes = new int[oldKeys.length * 2];
    ids = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        put(oldKeys[i], oldHashes[i], oldIds[i]);
      }
    }
  }

  private static int hash(char[] b, int length) {
    int h = 0;
    for (int k = 0; k < length; k++) {
      h = 31 * h + b[k];
    }
    return h ^ (h >>> 16);
  }
}
