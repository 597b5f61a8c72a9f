package org.microcert.taxonomy.extract;

import java.util.Arrays;

/**
 * A text's tokens as growable parallel arrays: token id (-1 for a token no label has), offsets in
 * the text, and whether a break (line break or sentence punctuation) precedes the token.
 */
final class PostingTokens {

  int[] ids;
  int[] starts;
  int[] ends;
  boolean[] breakBefore;
  int size;

  PostingTokens(int capacity) {
    ids = new int[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
    breakBefore = new boolean[capacity];
  }

  /** The end offset of the last token, or 0 when there is none yet. */
  int lastEnd() {
    return size == 0 ? 0 : ends[size - 1];
  }

  void add(int id, int start, int end, boolean brk) {
    if (size == ids.length) {
      int cap = size * 2;
      ids = Arrays.copyOf(ids, cap);
      starts = Arrays.copyOf(starts, cap);
      ends = Arrays.copyOf(ends, cap);
      breakBefore = Arrays.copyOf(breakBefore, cap);
    }
    ids[size] = id;
    starts[size] = start;
    ends[size] = end;
    breakBefore[size] = brk;
    size++;
  }
}
