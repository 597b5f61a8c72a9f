package org.microcert.taxonomy.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phrases that job postings use for a skill ("team player", "communication skills", "node.js"),
 * found in a text token by token. The shipped list ({@code skillspan-phrases.txt}) is every gold
 * skill and knowledge span of the SkillSpan training split; {@code SentenceSkills} links each
 * phrase found to an ESCO skill with the fused matcher.
 *
 * <p>Text and phrases are compared as tokens, lower-cased: a run of letters and digits is a token,
 * and so is every other character but whitespace, so {@code Node.js}, {@code node . js} and {@code
 * NODE.JS} are the same three tokens and a phrase never matches inside a word. Thread-safe.
 */
public final class SkillPhrases {

  private static final String RESOURCE = "skillspan-phrases.txt";

  /** A phrase found in a text: the phrase as listed, and the span it covers there. */
  public record Hit(String phrase, int start, int end) {}

  /** One token of a text and where it is. */
  record Token(String text, int start, int end) {}

  private record Phrase(String text, String[] tokens) {}

  /** Phrases by their first token, longest first. */
  private final Map<String, Phrase[]> byFirst;

  private final int size;

  private SkillPhrases(Collection<String> phrases) {
    Map<String, List<Phrase>> m = new HashMap<>();
    int n = 0;
    for (String p : phrases) {
      String[] tokens = tokens(p).stream().map(Token::text).toArray(String[]::new);
      if (tokens.length > 0) {
        m.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(new Phrase(p, tokens));
        n++;
      }
    }
    Map<String, Phrase[]> frozen = new HashMap<>();
    m.forEach(
        (k, v) ->
            frozen.put(
                k,
                v.stream()
                    .sorted(
                        Comparator.comparingInt((Phrase x) -> -x.tokens().length)
                            .thenComparing(Phrase::text))
                    .toArray(Phrase[]::new)));
    this.byFirst = frozen;
    this.size = n;
  }

  /** These phrases (blank ones and ones without a token are left out). */
  public static SkillPhrases of(Collection<String> phrases) {
    return new SkillPhrases(phrases);
  }

  /** The shipped SkillSpan phrases. */
  public static SkillPhrases defaults() {
    return new SkillPhrases(ResourceLines.read(SkillPhrases.class, RESOURCE, "skill phrases"));
  }

  /**
   * Whether a phrase found in {@code text} may stand for a skill with this preferred label. A
   * phrase of several words may (the linking matcher decides). A one-word phrase is as ambiguous as
   * a one-word label ("lead", "reporting", "spark"), so it must be the label itself, its bracketed
   * qualifier aside ("python" for "Python (computer programming)"), and a short acronym label
   * ({@code SQL}, {@code R}) must be written in capitals, as the trie requires.
   */
  public static boolean agrees(Hit hit, String text, String preferredLabel) {
    if (hit.phrase().indexOf(' ') >= 0) {
      return true;
    }
    String label = LabelFilter.withoutQualifier(preferredLabel.strip());
    if (!label.equalsIgnoreCase(hit.phrase())) {
      return false;
    }
    return !UpperCaseRule.isAcronym(label)
        || UpperCaseRule.isUpperCase(text, hit.start(), hit.end());
  }

  /** Number of phrases. */
  public int size() {
    return size;
  }

  /**
   * Every occurrence of every phrase in {@code text}, by start then longest first; overlapping
   * phrases are all reported ("java" and "java developer").
   */
  public List<Hit> find(String text) {
    List<Token> tokens = tokens(text);
    List<Hit> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Phrase[] candidates = byFirst.get(tokens.get(i).text());
      if (candidates == null) {
        continue;
      }
      for (Phrase p : candidates) {
        if (matchesAt(p.tokens(), tokens, i)) {
          out.add(
              new Hit(
                  p.text(), tokens.get(i).start(), tokens.get(i + p.tokens().length - 1).end()));
        }
      }
    }
    return out;
  }

  private static boolean matchesAt(String[] phrase, List<Token> tokens, int at) {
    if (at + phrase.length > tokens.size()) {
      return false;
    }
    for (int k = 1; k < phrase.length; k++) {
      if (!phrase[k].equals(tokens.get(at + k).text())) {
        return false;
      }
    }
    return true;
  }

  /** The tokens of {@code text}, lower-cased (see the class comment). */
  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int c = text.codePointAt(i);
      int len = Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i += len;
      } else if (Character.isLetterOrDigit(c)) {
        int j = i + len;
        while (j < n && Character.isLetterOrDigit(text.codePointAt(j))) {
          j += Character.charCount(text.codePointAt(j));
        }
        out.add(new Token(text.substring(i, j).toLowerCase(Locale.ROOT), i, j));
        i = j;
      } else {
        out.add(new Token(text.substring(i, i + len), i, i + len));
        i += len;
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "SkillPhrases[" + size + " phrases]";
  }
}
