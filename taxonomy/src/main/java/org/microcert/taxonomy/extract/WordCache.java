package org.microcert.taxonomy.extract;

import org.apache.lucene.analysis.CharArrayMap;

/**
 * Raw word → token id under the full chain, per thread and per {@link PostingTokenizer} (a thread
 * that switches tokenizer starts a new cache). Bounded: past {@link #MAX_WORDS} words, new ones are
 * analysed each time.
 */
final class WordCache {

  /** The word analyses to nothing (a stop word). */
  static final int DROPPED = Integer.MIN_VALUE;

  /** The word analyses to several tokens: the text needs the full chain. */
  static final int SPLIT = Integer.MIN_VALUE + 1;

  static final int MAX_WORDS = 500_000;

  private static final ThreadLocal<WordCache> CACHE = ThreadLocal.withInitial(WordCache::new);

  private PostingTokenizer owner;
  private CharArrayMap<Integer> ids = new CharArrayMap<>(4096, false);

  private WordCache() {}

  /** This thread's cache for {@code tokenizer}. */
  static WordCache forThread(PostingTokenizer tokenizer) {
    WordCache cache = CACHE.get();
    if (cache.owner != tokenizer) {
      cache.owner = tokenizer;
      cache.ids = new CharArrayMap<>(4096, false);
    }
    return cache;
  }

  /**
   * The id of a raw word: a token id, -1 for a token no label has, {@link #DROPPED}, {@link
   * #SPLIT}.
   */
  int idOf(char[] buffer, int length) {
    Integer cached = ids.get(buffer, 0, length);
    if (cached != null) {
      return cached;
    }
    String word = new String(buffer, 0, length);
    int id = owner.analyseWord(word);
    if (ids.size() < MAX_WORDS) {
      ids.put(word, Integer.valueOf(id));
    }
    return id;
  }
}
