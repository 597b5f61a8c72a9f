package org.microcert.taxonomy.extract;

import org.apache.lucene.analysis.Analyzer;
import org.microcert.taxonomy.analysis.CompetencyAnalyzer;
import org.microcert.taxonomy.analysis.TextAnalysis;

/**
 * A text → its {@link PostingTokens} under the shared {@link CompetencyAnalyzer}, each token looked
 * up in the labels' vocabulary and marked when a break precedes it.
 *
 * <p>Two ways, same tokens: {@link #withChain} runs the full chain on the whole text; {@link
 * #byWord} (the fast path) runs only the chain's char filter and tokenizer ({@link
 * CompetencyAnalyzer#rawWords()}) and takes each raw word's token from a per-thread {@link
 * WordCache}, which analyses a word it has not seen with the full chain alone. Every filter after
 * the tokenizer works on one token at a time, so both give the same ids and offsets; a word that
 * the chain would split ({@code CI/CD}) is not cached and the text falls back to the full chain.
 * Thread-safe.
 */
final class PostingTokenizer {

  private static final Analyzer RAW_WORDS = CompetencyAnalyzer.rawWords();

  private final Analyzer analyzer;
  private final TokenVocabulary vocabulary;

  PostingTokenizer(Analyzer analyzer, TokenVocabulary vocabulary) {
    this.analyzer = analyzer;
    this.vocabulary = vocabulary;
  }

  /** The text's tokens: {@link #byWord}, else {@link #withChain}. */
  PostingTokens tokenize(String text) {
    PostingTokens fast = byWord(text);
    return fast != null ? fast : withChain(text);
  }

  /** The tokens computed word by word, or null when a word would be split by the chain. */
  PostingTokens byWord(String text) {
    WordCache cache = WordCache.forThread(this);
    return collect(RAW_WORDS, text, cache::idOf);
  }

  /** The tokens of the full chain, run on the whole text. */
  PostingTokens withChain(String text) {
    return collect(analyzer, text, vocabulary::get);
  }

  /**
   * The id of the one token that {@code word} analyses to under the full chain (-1 if no label has
   * it), {@link WordCache#DROPPED} if none, {@link WordCache#SPLIT} if several.
   */
  int analyseWord(String word) {
    int[] found = new int[2]; // tokens seen, id of the first
    TextAnalysis.forEach(
        analyzer,
        word,
        (term, length, position, start, end) -> {
          if (found[0]++ > 0) {
            return false;
          }
          found[1] = vocabulary.get(term, length);
          return true;
        });
    return found[0] == 0 ? WordCache.DROPPED : found[0] == 1 ? found[1] : WordCache.SPLIT;
  }

  /** Looks a term up: a token id, -1 for an unknown token, or a {@link WordCache} marker. */
  @FunctionalInterface
  private interface IdLookup {
    int idOf(char[] term, int length);
  }

  private static PostingTokens collect(Analyzer words, String text, IdLookup ids) {
    PostingTokens t = new PostingTokens(Math.max(16, text.length() / 5));
    boolean complete =
        TextAnalysis.forEach(
            words,
            text,
            (term, length, position, start, end) -> {
              int id = ids.idOf(term, length);
              if (id == WordCache.DROPPED) {
                return true;
              }
              if (id == WordCache.SPLIT) {
                return false;
              }
              int previousEnd = t.lastEnd();
              boolean brk =
                  start - previousEnd == 1
                      ? isBreak(text.charAt(previousEnd))
                      : hasBreak(text, previousEnd, start);
              t.add(id, start, end, brk);
              return true;
            });
    return complete ? t : null;
  }

  private static boolean hasBreak(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (isBreak(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBreak(char c) {
    if (c == ' ') {
      return false;
    }
    return switch (c) {
      case '\n', '.', ';', ',', ':', '!', '?', '|', '•', '(', ')', '[', ']' -> true;
      default -> false;
    };
  }
}
