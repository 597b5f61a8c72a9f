package org.microcert.taxonomy.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.microcert.taxonomy.analysis.TechTermCharFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.analysis.CompetencyAnalyzer;
import org.microcert.taxonomy.model.Skill;

/**
 * Finds every mention of a known label in a text with a token-level trie (see the package
 * documentation).
 *
 * <p>Rules: the longest label starting at a token wins and mentions never overlap; a mention
 * never spans a line break or sentence punctuation; single-token labels whose token is in the
 * generic stop-list are not matched; a label written as a short acronym ({@code IT}, {@code SAS},
 * {@code R}) matches only text in upper case. Immutable and thread-safe.
 */
public final class SkillExtractor {

  private static final String FIELD = "text";

  private final Analyzer analyzer;
  private final TokenVocabulary vocabulary;
  private final TokenTrie trie;
  private final String[] uris;
  /** Per trie node: indexes into {@link #uris}, or null when no label ends there. */
  private final int[][] nodeConcepts;
  /** Per trie node: true when every label ending there is an upper-case acronym. */
  private final boolean[] upperCaseOnly;

  private final int labelCount;

  private SkillExtractor(
      Analyzer analyzer,
      TokenVocabulary vocabulary,
      TokenTrie trie,
      String[] uris,
      int[][] nodeConcepts,
      boolean[] upperCaseOnly,
      int labelCount) {
    this.analyzer = analyzer;
    this.vocabulary = vocabulary;
    this.trie = trie;
    this.uris = uris;
    this.nodeConcepts = nodeConcepts;
    this.upperCaseOnly = upperCaseOnly;
    this.labelCount = labelCount;
  }

  /**
   * An extractor over every preferred and alternative label of the taxonomy's skills, with the
   * default generic stop-list ({@link GenericLabels#defaults()}).
   */
  public static SkillExtractor fromTaxonomy(Taxonomy taxonomy) {
    return build(labelsOf(taxonomy.skills()), GenericLabels.defaults());
  }

  /** The preferred and alternative labels of these skills, in order. */
  public static List<LabelEntry> labelsOf(Collection<Skill> skills) {
    List<LabelEntry> out = new ArrayList<>();
    for (Skill s : skills) {
      out.add(new LabelEntry(s.uri(), s.preferredLabel(), true));
      for (String alt : s.altLabels()) {
        out.add(new LabelEntry(s.uri(), alt, false));
      }
    }
    return out;
  }

  /**
   * Builds an extractor.
   *
   * @param labels the labels to find
   * @param genericTokens analysed tokens that are too generic to count as a mention on their own
   */
  public static SkillExtractor build(Collection<LabelEntry> labels, Set<String> genericTokens) {
    Analyzer analyzer = new CompetencyAnalyzer();
    TokenVocabulary vocabulary = new TokenVocabulary(16_384);
    TokenTrie trie = new TokenTrie(labels.size() * 3);
    TreeSet<String> sortedUris = new TreeSet<>();
    labels.forEach(l -> sortedUris.add(l.uri()));
    String[] uris = sortedUris.toArray(String[]::new);
    Map<String, Integer> uriIndex = new TreeMap<>();
    for (int i = 0; i < uris.length; i++) {
      uriIndex.put(uris[i], i);
    }
    Map<Integer, TreeSet<Integer>> concepts = new TreeMap<>();
    Map<Integer, Boolean> upper = new TreeMap<>();
    int count = 0;
    for (LabelEntry label : labels) {
      List<String> tokens = analyze(analyzer, label.label());
      if (tokens.isEmpty()
          || (tokens.size() == 1 && genericTokens.contains(tokens.get(0)))) {
        continue;
      }
      int node = 0;
      for (String t : tokens) {
        node = trie.childOrAdd(node, vocabulary.getOrAdd(t));
      }
      concepts.computeIfAbsent(node, k -> new TreeSet<>()).add(uriIndex.get(label.uri()));
      upper.merge(node, isAcronym(label.label()), Boolean::logicalAnd);
      count++;
    }
    int[][] nodeConcepts = new int[trie.nodeCount()][];
    boolean[] upperCaseOnly = new boolean[trie.nodeCount()];
    concepts.forEach(
        (node, set) -> nodeConcepts[node] = set.stream().mapToInt(Integer::intValue).toArray());
    upper.forEach((node, u) -> upperCaseOnly[node] = u);
    return new SkillExtractor(
        analyzer, vocabulary, trie, uris, nodeConcepts, upperCaseOnly, count);
  }

  /** Number of labels in the trie (after the stop-list). */
  public int labelCount() {
    return labelCount;
  }

  /** Number of distinct analysed tokens over all labels. */
  public int vocabularySize() {
    return vocabulary.size();
  }

  /** Every mention in the text, in order of position, each with its section. */
  public List<Mention> extract(String text) {
    List<PostingSections.Section> sections = PostingSections.split(text);
    List<Mention> out = new ArrayList<>();
    scan(
        text,
        (uri, start, end) ->
            out.add(
                new Mention(
                    uri,
                    text.substring(start, end),
                    start,
                    end,
                    PostingSections.sectionAt(sections, start))));
    return out;
  }

  /** Receives the matches of {@link #scan}. */
  @FunctionalInterface
  public interface MatchSink {
    /** One match of a concept between two character offsets. */
    void accept(String uri, int start, int end);
  }

  /**
   * Streams every match to the sink (no section lookup, no substring): the fast path used by
   * benchmarks and counters.
   *
   * @return the number of matches
   */
  public int scan(String text, MatchSink sink) {
    Tokens tokens = tokenize(text);
    int matches = 0;
    int n = tokens.size;
    int[] ids = tokens.ids;
    int i = 0;
    while (i < n) {
      int node = 0;
      int bestEnd = -1;
      int bestNode = -1;
      for (int j = i; j < n; j++) {
        int id = ids[j];
        if (id < 0 || (j > i && tokens.breakBefore[j])) {
          break;
        }
        node = trie.child(node, id);
        if (node < 0) {
          break;
        }
        if (nodeConcepts[node] != null
            && (!upperCaseOnly[node] || isUpperCase(text, tokens.starts[i], tokens.ends[j]))) {
          bestEnd = j;
          bestNode = node;
        }
      }
      if (bestNode >= 0) {
        int start = tokens.starts[i];
        int end = tokens.ends[bestEnd];
        for (int c : nodeConcepts[bestNode]) {
          sink.accept(uris[c], start, end);
          matches++;
        }
        i = bestEnd + 1;
      } else {
        i++;
      }
    }
    return matches;
  }

  private Tokens tokenize(String text) {
    Tokens fast = tokenizeByWord(text);
    return fast != null ? fast : tokenizeWithChain(text);
  }

  /**
   * The shared chain's tokens, computed word by word: the chain's char filter and tokenizer run on
   * the text, and each raw word's analysed token id (or its removal as a stop word) is taken from a
   * per-thread cache filled by running the full chain on that word alone. Every filter after the
   * tokenizer works on one token at a time, so this gives the same ids and offsets as {@link
   * #tokenizeWithChain}; a word the chain would split is not cached and the text falls back to it.
   *
   * @return the tokens, or {@code null} to fall back
   */
  Tokens tokenizeByWord(String text) {
    WordCache cache = WORD_CACHE.get();
    Tokens t = new Tokens(Math.max(16, text.length() / 5));
    try (TokenStream ts = RAW_WORDS.tokenStream(FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int previousEnd = 0;
      while (ts.incrementToken()) {
        int id = cache.idOf(this, term.buffer(), term.length());
        if (id == WordCache.DROPPED) {
          continue;
        }
        if (id == WordCache.SPLIT) {
          ts.end();
          return null;
        }
        int start = offset.startOffset();
        boolean brk = start - previousEnd == 1 ? isBreak(text.charAt(previousEnd)) : hasBreak(text, previousEnd, start);
        t.add(id, start, offset.endOffset(), brk);
        previousEnd = offset.endOffset();
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot analyse text: " + e.getMessage(), e);
    }
    return t;
  }

  /** The token ids of the full chain, run on the whole text. */
  Tokens tokenizeWithChain(String text) {
    Tokens t = new Tokens(Math.max(16, text.length() / 5));
    try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int previousEnd = 0;
      while (ts.incrementToken()) {
        int id = vocabulary.get(term.buffer(), term.length());
        int start = offset.startOffset();
        boolean brk = start - previousEnd == 1 ? isBreak(text.charAt(previousEnd)) : hasBreak(text, previousEnd, start);
        t.add(id, start, offset.endOffset(), brk);
        previousEnd = offset.endOffset();
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot analyse text: " + e.getMessage(), e);
    }
    return t;
  }

  /** The chain's char filter and tokenizer alone: raw words with offsets in the original text. */
  private static final Analyzer RAW_WORDS =
      new Analyzer() {
        @Override
        protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
          return new TechTermCharFilter(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          return new TokenStreamComponents(new StandardTokenizer());
        }
      };

  private static final ThreadLocal<WordCache> WORD_CACHE = ThreadLocal.withInitial(WordCache::new);

  /**
   * Raw word → token id under the full chain, per thread and per extractor (a thread that switches
   * extractor starts a new cache). Bounded: past {@link #MAX_WORDS} words, new ones are analysed
   * each time.
   */
  private static final class WordCache {
    static final int DROPPED = Integer.MIN_VALUE;
    static final int SPLIT = Integer.MIN_VALUE + 1;
    static final int MAX_WORDS = 500_000;

    private SkillExtractor owner;
    private CharArrayMap<Integer> ids = new CharArrayMap<>(4096, false);

    int idOf(SkillExtractor extractor, char[] buffer, int length) {
      if (owner != extractor) {
        owner = extractor;
        ids = new CharArrayMap<>(4096, false);
      }
      Integer cached = ids.get(buffer, 0, length);
      if (cached != null) {
        return cached;
      }
      String word = new String(buffer, 0, length);
      List<String> analysed = analyze(extractor.analyzer, word);
      int id;
      if (analysed.isEmpty()) {
        id = DROPPED;
      } else if (analysed.size() == 1) {
        String a = analysed.get(0);
        id = extractor.vocabulary.get(a.toCharArray(), a.length());
      } else {
        id = SPLIT;
      }
      if (ids.size() < MAX_WORDS) {
        ids.put(word, Integer.valueOf(id));
      }
      return id;
    }
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

  private static boolean isUpperCase(String text, int start, int end) {
    for (int k = start; k < end; k++) {
      if (Character.isLowerCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** A short label written in capitals, like {@code IT}, {@code SAS}, {@code R}, {@code HTML5}. */
  static boolean isAcronym(String label) {
    String l = label.strip();
    if (l.isEmpty() || l.length() > 6) {
      return false;
    }
    boolean letter = false;
    for (int k = 0; k < l.length(); k++) {
      char c = l.charAt(k);
      if (Character.isLowerCase(c) || Character.isWhitespace(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /** Analyses a label into its tokens with the shared chain. */
  public static List<String> analyze(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot analyse label '" + text + "': " + e.getMessage(), e);
    }
    return out;
  }

  /** Growable parallel arrays of token ids and offsets. */
  static final class Tokens {
    int[] ids;
    int[] starts;
    int[] ends;
    boolean[] breakBefore;
    int size;

    Tokens(int capacity) {
      ids = new int[capacity];
      starts = new int[capacity];
      ends = new int[capacity];
      breakBefore = new boolean[capacity];
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
}
