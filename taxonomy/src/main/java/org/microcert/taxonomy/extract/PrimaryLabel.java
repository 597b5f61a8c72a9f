package org.microcert.taxonomy.extract;

/**
 * A primary label ending at a trie node ({@link LabelFilter}): its concept and, per analysed token,
 * the label's own word in lower case (for {@link SurfaceAgreement}).
 *
 * @param concept the concept's index in the trie
 * @param words the label's words, one per analysed token
 */
record PrimaryLabel(int concept, String[] words) {

  /** Whether the text's tokens {@code from..to} (inclusive) agree with the label's words. */
  boolean agrees(String text, PostingTokens tokens, int from, int to) {
    if (to - from + 1 != words.length) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (!SurfaceAgreement.agrees(
          text, tokens.starts[from + k], tokens.ends[from + k], words[k])) {
        return false;
      }
    }
    return true;
  }
}
