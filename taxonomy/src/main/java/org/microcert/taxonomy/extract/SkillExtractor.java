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
  private static final int NOT_IN_VOCABULARY = -1;

  private final Analyzer analyzer;
  private final CharArrayMap<Integer> vocabulary;
  private final TokenTrie trie;
  private final String[] uris;
  /** Per trie node: indexes into {@link #uris}, or null when no label ends there. */
  private final int[][] nodeConcepts;
  /** Per trie node: true when every label ending there is an upper-case acronym. */
  private final boolean[] upperCaseOnly;

  private final int labelCount;

  private SkillExtractor(
      Analyzer analyzer,
      CharArrayMap<Integer> vocabulary,
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
    CharArrayMap<Integer> vocabulary = new CharArrayMap<>(labels.size(), false);
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
        Integer id = vocabulary.get(t);
        if (id == null) {
          id = vocabulary.size();
          vocabulary.put(t, id);
        }
        node = trie.childOrAdd(node, id);
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
    Tokens t = new Tokens(Math.max(16, text.length() / 5));
    try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int previousEnd = 0;
      while (ts.incrementToken()) {
        Integer id = vocabulary.get(term.buffer(), 0, term.length());
        int start = offset.startOffset();
        boolean brk = hasBreak(text, previousEnd, start);
        t.add(id == null ? NOT_IN_VOCABULARY : id, start, offset.endOffset(), brk);
        previousEnd = offset.endOffset();
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot analyse text: " + e.getMessage(), e);
    }
    return t;
  }

  private static boolean hasBreak(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      switch (text.charAt(k)) {
        case '\n', '.', ';', ',', ':', '!', '?', '|', '•', '(', ')', '[', ']' -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
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
  private static final class Tokens {
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
