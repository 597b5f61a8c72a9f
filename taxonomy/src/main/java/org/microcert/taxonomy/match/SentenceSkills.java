package org.microcert.taxonomy.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.microcert.taxonomy.analysis.CompetencyAnalyzer;
import org.microcert.taxonomy.analysis.TextAnalysis;
import org.microcert.taxonomy.extract.SkillPhrases;
import org.microcert.taxonomy.index.IndexedConcept;
import org.microcert.taxonomy.index.SentenceEmbedder;
import org.microcert.taxonomy.text.Words;

/**
 * Skills a posting names without writing any of their labels as a phrase: the competency matcher
 * ranks the skills for each sentence, and the best one is kept only when {@link #confident} says so
 * (the rule and its measurement: {@code docs/evidence-quality.md}, "Candidates beyond the trie").
 *
 * <p>Sentences are split at line breaks and after {@code . ! ?} or {@code ;} followed by
 * whitespace. Each distinct sentence is matched once per instance (a bounded memo: boilerplate
 * sentences repeat across postings); the result is a pure function of the sentence and the index,
 * so it is deterministic. A sentence no specific skill's preferred label shares three words with is
 * not matched by the lexical rule at all ({@link #mayKeepOne}: the rule could not keep anything
 * there).
 *
 * <p>With a dense matcher ({@link #SentenceSkills(CompetencyMatcher, CompetencyMatcher)}) each
 * sentence is also ranked by the fused matcher (lexical and MiniLM), and its best skill is kept
 * when {@link #denseConfident} says so: a second, independent rule whose skill is added to the
 * lexical rule's. A third rule comes with it: each SkillSpan skill phrase in the sentence ({@link
 * SkillPhrases}: "team player", "communication skills") is ranked on its own by the fused matcher,
 * and its best skill is kept, with the phrase's span, when {@link #phraseConfident} says so and,
 * for a one-word phrase, {@link SkillPhrases#agrees} (each distinct phrase ranked once).
 * Thread-safe.
 */
public final class SentenceSkills {

  /** Which rules find sentence skills: none, the lexical rule, or it and the fused rule. */
  public enum Rules {
    /** The trie alone: no sentence skills. */
    OFF,
    /** The lexical rule ({@link #confident}). */
    LEXICAL,
    /** The lexical rule and the fused rule over the dense side ({@link #denseConfident}). */
    DENSE;

    /** The rules named {@code off}, {@code lexical} or {@code dense} (any case). */
    public static Rules parse(String name) {
      String n = name == null ? "off" : name.strip().toLowerCase(Locale.ROOT);
      return switch (n) {
        case "off", "false" -> OFF;
        case "lexical", "true" -> LEXICAL;
        case "dense" -> DENSE;
        default ->
            throw new IllegalArgumentException(
                "Cannot use sentence skills '" + name + "': expected off, lexical or dense");
      };
    }

    /** The name {@link #parse} reads. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Distinct sentences remembered; past it, sentences are matched again each time. */
  public static final int MAX_SENTENCES = 200_000;

  /** Words of the sentence the kept skill's preferred label must contain. */
  public static final int MIN_MATCHED_TERMS = 3;

  /** Least lead of the fused matcher's best skill over its second ({@link #denseConfident}). */
  public static final double MIN_DENSE_GAP = 0.08;

  /** Least cosine of the fused matcher's best skill to the sentence ({@link #denseConfident}). */
  public static final double MIN_DENSE_SCORE = 0.6;

  /** Least lead of a skill phrase's best skill over its second ({@link #phraseConfident}). */
  public static final double MIN_PHRASE_GAP = 0.2;

  /** Least lexical score of a skill phrase's best skill ({@link #phraseConfident}). */
  public static final double MIN_PHRASE_LEXICAL = 0.5;

  private static final MatchOptions TOP_ONE = new MatchOptions(Target.SKILLS, 1, 100, true);

  private static final MatchOptions TOP_TWO = new MatchOptions(Target.SKILLS, 2, 200, false);

  /**
   * Bump when the fused rule or the fusion changes in a way {@link MatcherSettings} does not show:
   * cached results ({@link SentenceSkillCache}) of an older version are then ignored. 2: the skill
   * phrases' results are kept too.
   */
  static final int FUSED_RULE_VERSION = 2;

  /**
   * Prefix of a skill phrase's key in the cache: ingest's cleaning removes control characters, so
   * no sentence starts with it.
   */
  private static final String PHRASE_KEY = "\u0000phrase\u0000";

  private final CompetencyMatcher matcher;
  private final CompetencyMatcher dense;
  private final SentenceSkillCache cache;
  private final ConcurrentHashMap<String, List<String>> memo = new ConcurrentHashMap<>();

  /** The skill phrases linked by the fused matcher (with a dense matcher only), or null. */
  private final SkillPhrases phrases;

  /** The linked skill of each phrase ranked so far ("" for none). */
  private final ConcurrentHashMap<String, String> phraseSkills = new ConcurrentHashMap<>();

  private final Analyzer analyzer = new CompetencyAnalyzer();

  /**
   * Per analysed term, the specific skills (sector- or occupation-specific) whose preferred label
   * has it: a sentence is matched only if one of them has {@value #MIN_MATCHED_TERMS} of its words
   * there, a condition the rule needs, checked without a query.
   */
  private final Map<String, int[]> specificByTerm;

  /** Each thread's word counts per specific skill ({@link #mayKeepOne}). */
  private final ThreadLocal<Tally> tallies;

  /**
   * Sentence skills from a matcher (lexical-only is what the rule was measured with).
   *
   * @param matcher the competency matcher over the release's index
   */
  public SentenceSkills(CompetencyMatcher matcher) {
    this(matcher, null);
  }

  /**
   * Sentence skills from the lexical rule over {@code matcher} and, when {@code dense} is not null,
   * the fused rule over {@code dense}.
   *
   * @param matcher the lexical-only competency matcher over the release's index
   * @param dense the same index's matcher with its dense side, or null for the lexical rule alone
   */
  public SentenceSkills(CompetencyMatcher matcher, CompetencyMatcher dense) {
    this(matcher, dense, null);
  }

  /**
   * As {@link #SentenceSkills(CompetencyMatcher, CompetencyMatcher)}, taking the fused rule's
   * results of sentences seen in earlier runs from {@code cache} (null: none), opened with {@link
   * #fusedRuleFingerprint}.
   */
  public SentenceSkills(
      CompetencyMatcher matcher, CompetencyMatcher dense, SentenceSkillCache cache) {
    this.matcher = Objects.requireNonNull(matcher, "matcher");
    this.dense = dense;
    this.cache = cache;
    this.phrases = dense == null ? null : SkillPhrases.defaults();
    Map<String, List<Integer>> byTerm = new HashMap<>();
    int n = 0;
    for (IndexedConcept c : matcher.index().concepts()) {
      if (c.isSkill() && specific(c.reuseLevel())) {
        for (String term : new HashSet<>(TextAnalysis.terms(analyzer, c.preferredLabel()))) {
          byTerm.computeIfAbsent(term, k -> new ArrayList<>()).add(n);
        }
        n++;
      }
    }
    Map<String, int[]> frozen = new HashMap<>();
    byTerm.forEach((t, ids) -> frozen.put(t, ids.stream().mapToInt(Integer::intValue).toArray()));
    this.specificByTerm = frozen;
    int skills = n;
    this.tallies = ThreadLocal.withInitial(() -> new Tally(skills));
  }

  /**
   * One kept skill of one sentence.
   *
   * @param skillUri the skill
   * @param start offset of the sentence's first character in the text
   * @param end offset after the sentence's last character
   */
  public record Found(String skillUri, int start, int end) {}

  /**
   * The confidence rule: the sentence's best skill is kept when the label that explains it is the
   * skill's preferred label, at least {@value #MIN_MATCHED_TERMS} words of the sentence are words
   * of that label, and the skill is sector- or occupation-specific (cross-sector and transversal
   * skills such as "manage staff" match generic sentences).
   *
   * @param best the sentence's first-ranked skill
   * @param reuseLevel its ESCO reuse level
   */
  public static boolean confident(CompetencyMatch best, String reuseLevel) {
    return best.rank() == 1
        && best.matchedText().equalsIgnoreCase(best.label())
        && best.matchedTerms().size() >= MIN_MATCHED_TERMS
        && specific(reuseLevel);
  }

  /**
   * The fused rule: the sentence's best skill by the fused matcher (lexical and dense sides) is
   * kept when its score leads the second's by at least {@value #MIN_DENSE_GAP} and its dense cosine
   * is at least {@value #MIN_DENSE_SCORE}.
   *
   * @param ranked the fused matcher's first two skills of the sentence (one when it found one)
   */
  public static boolean denseConfident(List<CompetencyMatch> ranked) {
    return !ranked.isEmpty()
        && lead(ranked) >= MIN_DENSE_GAP
        && ranked.get(0).denseScore() >= MIN_DENSE_SCORE;
  }

  /**
   * The phrase rule: a skill phrase's best skill by the fused matcher (the phrase alone as the
   * query) is kept when it leads the second by at least {@value #MIN_PHRASE_GAP}, its cosine is at
   * least {@value #MIN_DENSE_SCORE} and its lexical score at least {@value #MIN_PHRASE_LEXICAL}.
   *
   * @param ranked the fused matcher's first two skills of the phrase (one when it found one)
   */
  public static boolean phraseConfident(List<CompetencyMatch> ranked) {
    return !ranked.isEmpty()
        && lead(ranked) >= MIN_PHRASE_GAP
        && ranked.get(0).denseScore() >= MIN_DENSE_SCORE
        && ranked.get(0).lexicalScore() >= MIN_PHRASE_LEXICAL;
  }

  /** How far the first of a non-empty ranking leads the second (a lone match: its whole score). */
  private static double lead(List<CompetencyMatch> ranked) {
    double second = ranked.size() > 1 ? ranked.get(1).score() : 0;
    return ranked.get(0).score() - second;
  }

  private static boolean specific(String reuseLevel) {
    String reuse = reuseLevel == null ? "" : reuseLevel.toLowerCase(Locale.ROOT);
    return reuse.equals("sector-specific") || reuse.equals("occupation-specific");
  }

  /** The kept skill of each sentence of {@code text}, in text order. */
  public List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    while (start < n) {
      int end = sentenceEnd(text, start);
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        String sentence = text.substring(s, e);
        for (String uri : skillsOf(sentence)) {
          out.add(new Found(uri, s, e));
        }
        if (phrases != null) {
          for (SkillPhrases.Hit h : phrases.find(sentence)) {
            String uri = phraseSkill(h.phrase());
            IndexedConcept c = uri.isEmpty() ? null : dense.index().concept(uri);
            if (c != null && SkillPhrases.agrees(h, sentence, c.preferredLabel())) {
              out.add(new Found(uri, s + h.start(), s + h.end()));
            }
          }
        }
      }
      start = end + 1;
    }
    return out;
  }

  /** The kept skills of one sentence (memoised). */
  List<String> skillsOf(String sentence) {
    List<String> kept = memo.get(sentence);
    if (kept == null) {
      kept = match(sentence);
      if (memo.size() < MAX_SENTENCES) {
        memo.put(sentence, kept);
      }
    }
    return kept;
  }

  private List<String> match(String sentence) {
    String lexical = lexicalSkill(sentence);
    String fused = dense == null ? null : denseSkill(sentence);
    if (fused == null || fused.equals(lexical)) {
      return lexical == null ? List.of() : List.of(lexical);
    }
    return lexical == null ? List.of(fused) : List.of(lexical, fused);
  }

  /** The lexical rule's skill of the sentence, or null. */
  private String lexicalSkill(String sentence) {
    if (Words.count(sentence) < MIN_MATCHED_TERMS || !mayKeepOne(sentence)) {
      return null;
    }
    List<CompetencyMatch> best = matcher.match(sentence, TOP_ONE);
    if (best.isEmpty()) {
      return null;
    }
    CompetencyMatch m = best.get(0);
    IndexedConcept c = matcher.index().concept(m.uri());
    return confident(m, c == null ? "" : c.reuseLevel()) ? m.uri() : null;
  }

  /** The phrase rule's skill of a skill phrase, or "" (ranked once per phrase). */
  private String phraseSkill(String phrase) {
    return phraseSkills.computeIfAbsent(
        phrase,
        p ->
            Objects.requireNonNullElse(
                fusedSkill(PHRASE_KEY + p, p, SentenceSkills::phraseConfident), ""));
  }

  /** The fused rule's skill of the sentence, or null. */
  private String denseSkill(String sentence) {
    return fusedSkill(sentence, sentence, SentenceSkills::denseConfident);
  }

  /**
   * The fused matcher's best skill of {@code text} when {@code rule} keeps it, else null; from the
   * cache under {@code key} when there is one.
   */
  private String fusedSkill(String key, String text, Predicate<List<CompetencyMatch>> rule) {
    Function<String, String> rank =
        k -> {
          List<CompetencyMatch> ranked = dense.match(text, TOP_TWO);
          return rule.test(ranked) ? ranked.get(0).uri() : null;
        };
    return cache == null ? rank.apply(key) : cache.get(key, rank);
  }

  /**
   * What a cached fused result depends on besides the index beside which the cache lives: the
   * model, the skill side's settings, the rule's thresholds and {@link #FUSED_RULE_VERSION}.
   */
  public static String fusedRuleFingerprint(MatcherSettings skillSettings) {
    return SentenceEmbedder.MODEL_ID
        + "|rule "
        + FUSED_RULE_VERSION
        + " gap "
        + MIN_DENSE_GAP
        + " cosine "
        + MIN_DENSE_SCORE
        + " phrase gap "
        + MIN_PHRASE_GAP
        + " lexical "
        + MIN_PHRASE_LEXICAL
        + " "
        + TOP_TWO
        + "|"
        + skillSettings;
  }

  /** The cache the fused rule uses, or null. */
  public SentenceSkillCache cache() {
    return cache;
  }

  /**
   * Whether some specific skill's preferred label has at least {@value #MIN_MATCHED_TERMS} of the
   * sentence's words (counted with repeats): the matched words of {@link #confident} are words of
   * the sentence whose term is in that label, so without such a skill the rule keeps nothing.
   */
  boolean mayKeepOne(String sentence) {
    Tally tally = tallies.get();
    try {
      for (String term : TextAnalysis.terms(analyzer, MatchText.clean(sentence))) {
        int[] skills = specificByTerm.get(term);
        if (skills != null) {
          for (int s : skills) {
            if (tally.add(s) >= MIN_MATCHED_TERMS) {
              return true;
            }
          }
        }
      }
      return false;
    } finally {
      tally.clear();
    }
  }

  /**
   * Words counted per specific skill for one sentence, reused by the thread's next sentence: only
   * the skills a sentence touched are reset, so a sentence costs its words, not the skill count.
   */
  private static final class Tally {
    private final int[] counts;
    private int[] touched = new int[64];
    private int size;

    Tally(int skills) {
      counts = new int[skills];
    }

    int add(int skill) {
      if (counts[skill]++ == 0) {
        if (size == touched.length) {
          touched = Arrays.copyOf(touched, size * 2);
        }
        touched[size++] = skill;
      }
      return counts[skill];
    }

    void clear() {
      for (int i = 0; i < size; i++) {
        counts[touched[i]] = 0;
      }
      size = 0;
    }
  }

  /** Offset of the whitespace or line break that ends the sentence starting at {@code from}. */
  private static int sentenceEnd(String text, int from) {
    int n = text.length();
    for (int i = from; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
      if ((c == '.' || c == '!' || c == '?' || c == ';')
          && i + 1 < n
          && Character.isWhitespace(text.charAt(i + 1))) {
        return i + 1;
      }
    }
    return n;
  }
}
