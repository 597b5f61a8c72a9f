package org.microcert.taxonomy.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.analysis.CompetencyAnalyzer;
import org.microcert.taxonomy.model.Skill;

/**
 * Finds every mention of a known label in a text with a token-level trie (see the package
 * documentation): {@link LabelTrie} holds the labels, {@link PostingTokenizer} turns the text into
 * token ids, and this class walks the trie from each token.
 *
 * <p>Rules: the longest label starting at a token wins and mentions never overlap; a mention never
 * spans a line break or sentence punctuation; single-token labels whose token is in the generic
 * stop-list are not matched; a label written as a short acronym ({@code IT}, {@code SAS}, {@code
 * R}) matches only text in upper case ({@link UpperCaseRule}); with {@link LabelFilter#PRIMARY},
 * only concepts whose matching label is primary are reported. Immutable and thread-safe.
 */
public final class SkillExtractor {

  private final LabelTrie trie;
  private final PostingTokenizer tokenizer;
  private final boolean primaryOnly;

  private SkillExtractor(LabelTrie trie, PostingTokenizer tokenizer, LabelFilter filter) {
    this.trie = trie;
    this.tokenizer = tokenizer;
    this.primaryOnly = filter == LabelFilter.PRIMARY;
  }

  /**
   * The postings pipeline's extractor: every preferred and alternative label of the taxonomy's
   * skills, the default generic stop-list ({@link GenericLabels#defaults()}) and the {@link
   * LabelFilter#PRIMARY} filter.
   */
  public static SkillExtractor fromTaxonomy(Taxonomy taxonomy) {
    return build(labelsOf(taxonomy.skills()), GenericLabels.defaults(), LabelFilter.PRIMARY);
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
    return build(labels, genericTokens, LabelFilter.ALL);
  }

  /**
   * Builds an extractor that reports the matches {@code filter} keeps.
   *
   * @param labels the labels to find
   * @param genericTokens analysed tokens that are too generic to count as a mention on their own
   * @param filter which matches to report
   */
  public static SkillExtractor build(
      Collection<LabelEntry> labels, Set<String> genericTokens, LabelFilter filter) {
    CompetencyAnalyzer analyzer = new CompetencyAnalyzer();
    LabelTrie trie = LabelTrie.build(analyzer, labels, genericTokens);
    return new SkillExtractor(trie, new PostingTokenizer(analyzer, trie.vocabulary()), filter);
  }

  /** Number of labels in the trie (after the stop-list). */
  public int labelCount() {
    return trie.labelCount();
  }

  /** Number of distinct analysed tokens over all labels. */
  public int vocabularySize() {
    return trie.vocabulary().size();
  }

  /** The tokenizer (for tests that compare its two paths). */
  PostingTokenizer tokenizer() {
    return tokenizer;
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
    PostingTokens tokens = tokenizer.tokenize(text);
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
        if (trie.conceptsAt(node) != null
            && (!trie.upperCaseOnly(node)
                || UpperCaseRule.isUpperCase(text, tokens.starts[i], tokens.ends[j]))) {
          bestEnd = j;
          bestNode = node;
        }
      }
      if (bestNode >= 0) {
        int start = tokens.starts[i];
        int end = tokens.ends[bestEnd];
        if (primaryOnly) {
          matches += reportPrimary(text, tokens, i, bestEnd, bestNode, sink);
        } else {
          for (int c : trie.conceptsAt(bestNode)) {
            sink.accept(trie.uri(c), start, end);
            matches++;
          }
        }
        i = bestEnd + 1;
      } else {
        i++;
      }
    }
    return matches;
  }

  /**
   * Reports, once each, the concepts with a primary label at {@code node} whose words the text's
   * tokens {@code from..to} agree with ({@link SurfaceAgreement}).
   */
  private int reportPrimary(
      String text, PostingTokens tokens, int from, int to, int node, MatchSink sink) {
    PrimaryLabel[] labels = trie.primaryLabelsAt(node);
    if (labels == null) {
      return 0;
    }
    int reported = 0;
    int last = -1;
    for (PrimaryLabel label : labels) {
      if (label.concept() != last && label.agrees(text, tokens, from, to)) {
        sink.accept(trie.uri(label.concept()), tokens.starts[from], tokens.ends[to]);
        last = label.concept();
        reported++;
      }
    }
    return reported;
  }
}
