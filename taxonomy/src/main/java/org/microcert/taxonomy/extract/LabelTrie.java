package org.microcert.taxonomy.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.microcert.taxonomy.analysis.TextAnalysis;

/**
 * The labels to find, as analysed token sequences in a {@link TokenTrie}: per trie node, the
 * concepts whose label ends there, those of them for which it is a primary label (see {@link
 * LabelFilter}) and whether they all are upper-case acronyms. Concepts are numbered in URI order,
 * so a node lists its concepts in URI order. Immutable once built.
 */
final class LabelTrie {

  private final TokenVocabulary vocabulary;
  private final TokenTrie trie;
  private final String[] uris;

  /** Per trie node: indexes into {@link #uris}, or null when no label ends there. */
  private final int[][] nodeConcepts;

  /** Per trie node: the primary labels ending there, in concept order, or null. */
  private final PrimaryLabel[][] nodePrimaryLabels;

  /** Per trie node: true when every label ending there is an upper-case acronym. */
  private final boolean[] upperCaseOnly;

  private final int labelCount;

  private LabelTrie(
      TokenVocabulary vocabulary,
      TokenTrie trie,
      String[] uris,
      int[][] nodeConcepts,
      PrimaryLabel[][] nodePrimaryLabels,
      boolean[] upperCaseOnly,
      int labelCount) {
    this.vocabulary = vocabulary;
    this.trie = trie;
    this.uris = uris;
    this.nodeConcepts = nodeConcepts;
    this.nodePrimaryLabels = nodePrimaryLabels;
    this.upperCaseOnly = upperCaseOnly;
    this.labelCount = labelCount;
  }

  /**
   * Analyses every label with {@code analyzer} and adds it to the trie, except labels that analyse
   * to nothing and single-token labels whose token is in {@code genericTokens}.
   */
  static LabelTrie build(
      Analyzer analyzer, Collection<LabelEntry> labels, Set<String> genericTokens) {
    TokenVocabulary vocabulary = new TokenVocabulary(16_384);
    TokenTrie trie = new TokenTrie(labels.size() * 3);
    TreeSet<String> sortedUris = new TreeSet<>();
    labels.forEach(l -> sortedUris.add(l.uri()));
    String[] uris = sortedUris.toArray(String[]::new);
    Map<String, Integer> uriIndex = new TreeMap<>();
    for (int i = 0; i < uris.length; i++) {
      uriIndex.put(uris[i], i);
    }
    Map<String, List<String>> preferredTerms = new HashMap<>();
    for (LabelEntry label : labels) {
      if (label.preferred()) {
        preferredTerms.put(
            label.uri(), TextAnalysis.terms(analyzer, LabelFilter.withoutQualifier(label.label())));
      }
    }
    Map<Integer, TreeSet<Integer>> concepts = new TreeMap<>();
    Map<Integer, List<PrimaryLabel>> primary = new TreeMap<>();
    Map<Integer, Boolean> upper = new TreeMap<>();
    int count = 0;
    for (LabelEntry label : labels) {
      List<TextAnalysis.Token> analysed = TextAnalysis.tokens(analyzer, label.label());
      List<String> tokens = analysed.stream().map(TextAnalysis.Token::term).toList();
      if (tokens.isEmpty() || (tokens.size() == 1 && genericTokens.contains(tokens.get(0)))) {
        continue;
      }
      int node = 0;
      for (String t : tokens) {
        node = trie.childOrAdd(node, vocabulary.getOrAdd(t));
      }
      int concept = uriIndex.get(label.uri());
      concepts.computeIfAbsent(node, k -> new TreeSet<>()).add(concept);
      if (label.preferred() || tokens.equals(preferredTerms.get(label.uri()))) {
        String[] words =
            analysed.stream()
                .map(t -> label.label().substring(t.start(), t.end()).toLowerCase(Locale.ROOT))
                .toArray(String[]::new);
        primary.computeIfAbsent(node, k -> new ArrayList<>()).add(new PrimaryLabel(concept, words));
      }
      upper.merge(node, UpperCaseRule.isAcronym(label.label()), Boolean::logicalAnd);
      count++;
    }
    int[][] nodeConcepts = new int[trie.nodeCount()][];
    PrimaryLabel[][] nodePrimaryLabels = new PrimaryLabel[trie.nodeCount()][];
    boolean[] upperCaseOnly = new boolean[trie.nodeCount()];
    concepts.forEach(
        (node, set) -> nodeConcepts[node] = set.stream().mapToInt(Integer::intValue).toArray());
    primary.forEach(
        (node, list) ->
            nodePrimaryLabels[node] =
                list.stream()
                    .sorted(Comparator.comparingInt(PrimaryLabel::concept))
                    .toArray(PrimaryLabel[]::new));
    upper.forEach((node, u) -> upperCaseOnly[node] = u);
    return new LabelTrie(
        vocabulary, trie, uris, nodeConcepts, nodePrimaryLabels, upperCaseOnly, count);
  }

  /** The analysed token ids. */
  TokenVocabulary vocabulary() {
    return vocabulary;
  }

  /** Number of labels in the trie. */
  int labelCount() {
    return labelCount;
  }

  /** The child of {@code node} along token id {@code token}, or -1; the root is node 0. */
  int child(int node, int token) {
    return trie.child(node, token);
  }

  /** The concepts (indexes for {@link #uri}) whose label ends at {@code node}, or null. */
  int[] conceptsAt(int node) {
    return nodeConcepts[node];
  }

  /**
   * The primary labels ending at {@code node}, in concept order (a concept may have several), or
   * null.
   */
  PrimaryLabel[] primaryLabelsAt(int node) {
    return nodePrimaryLabels[node];
  }

  /** Whether every label ending at {@code node} matches only upper-case text. */
  boolean upperCaseOnly(int node) {
    return upperCaseOnly[node];
  }

  /** The URI of concept {@code concept}. */
  String uri(int concept) {
    return uris[concept];
  }
}
