package org.microcert.taxonomy.match;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.microcert.taxonomy.analysis.CompetencyAnalyzer;
import org.microcert.taxonomy.analysis.TextAnalysis;
import org.microcert.taxonomy.analysis.TextAnalysis.Token;
import org.microcert.taxonomy.index.CompetencyIndex;
import org.microcert.taxonomy.index.DenseIndex;
import org.microcert.taxonomy.index.IndexedConcept;
import org.microcert.taxonomy.index.QueryVectors;

/**
 * Ranks ESCO skills or occupations for a free text.
 *
 * <p>The text is cleaned ({@link MatchText}) and analysed with {@link CompetencyAnalyzer}. Lexical
 * side ({@link LexicalSearch}): BM25 over labels, description and broader-concept labels, with
 * per-field boosts and phrase pairs; user text is never parsed as query syntax. Dense side
 * (optional, {@link DenseSearch}): the cosine of the text's MiniLM embedding to the concept's
 * embedded labels. {@link ScoreFusion} mixes them with label coverage ({@link ConceptTerms});
 * {@link MatchExplainer} says which label matched. Ties are broken by URI, so results are
 * deterministic.
 *
 * <p>Thread-safe: share one instance across threads.
 */
public final class CompetencyMatcher implements Closeable {

  private final CompetencyIndex index;
  private final DenseIndex dense;
  private final MatcherSettings settings;
  private final MatcherSettings occupationSettings;
  private final Analyzer analyzer = new CompetencyAnalyzer();
  private final boolean owns;
  private final LexicalSearch lexicalSearch;
  private final DenseSearch denseSearch;
  private final ScoreFusion fusion;
  private final MatchExplainer explainer;

  /**
   * A matcher over an open index.
   *
   * @param index the lexical competency index
   * @param dense the dense index, or null for a lexical-only matcher
   * @param settings weights
   */
  public CompetencyMatcher(CompetencyIndex index, DenseIndex dense, MatcherSettings settings) {
    this(index, dense, settings, settings, false);
  }

  /**
   * A matcher with its own settings for skills and for occupations.
   *
   * @param index the lexical competency index
   * @param dense the dense index, or null for a lexical-only matcher
   * @param skills settings when ranking skills
   * @param occupations settings when ranking occupations
   */
  public CompetencyMatcher(
      CompetencyIndex index,
      DenseIndex dense,
      MatcherSettings skills,
      MatcherSettings occupations) {
    this(index, dense, skills, occupations, false);
  }

  /**
   * A matcher over open indexes (which it does not close) with the default settings of each target:
   * what {@link #open} builds, and what the pipelines share.
   *
   * @param dense the dense index, or null for a lexical-only matcher
   */
  public static CompetencyMatcher withDefaults(CompetencyIndex index, DenseIndex dense) {
    return new CompetencyMatcher(
        index,
        dense,
        MatcherSettings.defaults(Target.SKILLS),
        MatcherSettings.defaults(Target.OCCUPATIONS));
  }

  private CompetencyMatcher(
      CompetencyIndex index,
      DenseIndex dense,
      MatcherSettings settings,
      MatcherSettings occupationSettings,
      boolean owns) {
    this.index = Objects.requireNonNull(index, "index");
    this.dense = dense;
    this.settings = Objects.requireNonNull(settings, "settings");
    this.occupationSettings = Objects.requireNonNull(occupationSettings, "occupationSettings");
    this.owns = owns;
    this.lexicalSearch = new LexicalSearch(index);
    this.denseSearch = dense == null ? null : new DenseSearch(index, dense);
    ConceptTerms conceptTerms = new ConceptTerms(index, analyzer, new TermWeights(index.reader()));
    this.fusion = new ScoreFusion(index, conceptTerms);
    this.explainer = new MatchExplainer(conceptTerms);
  }

  /**
   * Opens the index in {@code indexDir} and, if {@code withDense}, the dense index next to it
   * ({@link DenseIndex#defaultDir}), building that one first if it is missing or stale.
   */
  public static CompetencyMatcher open(Path indexDir, boolean withDense) {
    return open(indexDir, withDense, message -> {});
  }

  /**
   * As {@link #open(Path, boolean)}, reporting a dense index build's progress to {@code progress}.
   */
  public static CompetencyMatcher open(
      Path indexDir, boolean withDense, Consumer<String> progress) {
    CompetencyIndex idx = CompetencyIndex.open(indexDir);
    DenseIndex d =
        withDense ? DenseIndex.openOrBuild(idx, DenseIndex.defaultDir(indexDir), progress) : null;
    return new CompetencyMatcher(
        idx,
        d,
        MatcherSettings.defaults(Target.SKILLS),
        MatcherSettings.defaults(Target.OCCUPATIONS),
        true);
  }

  public CompetencyIndex index() {
    return index;
  }

  /** The settings used for {@code target}. */
  public MatcherSettings settings(Target target) {
    return target == Target.OCCUPATIONS ? occupationSettings : settings;
  }

  /** Whether the dense side is used. */
  public boolean hasDense() {
    return dense != null;
  }

  /**
   * The best {@code options.topK()} concepts of the target type for {@code text}, best first.
   * Control characters are stripped; an empty or blank text gets no matches.
   */
  public List<CompetencyMatch> match(String text, MatchOptions options) {
    return match(text, options, QueryVectors.MINILM);
  }

  /**
   * As {@link #match(String, MatchOptions)}, taking the dense side's query vector (of the text
   * after control characters are stripped and whitespace collapsed) from {@code vectors}.
   */
  public List<CompetencyMatch> match(String text, MatchOptions options, QueryVectors vectors) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(vectors, "vectors");
    String clean = MatchText.clean(text == null ? "" : text);
    if (clean.isEmpty()) {
      return List.of();
    }
    List<Token> tokens = TextAnalysis.tokens(analyzer, clean);
    String type = options.target().conceptType();
    MatcherSettings settings = settings(options.target());

    Map<Integer, Float> lexical = lexicalSearch.scores(tokens, type, options.depth(), settings);
    Map<Integer, Float> cosine =
        denseSearch == null
            ? Map.of()
            : denseSearch.cosines(
                vectors.vector(clean),
                type,
                Math.max(settings.denseCandidates(), options.topK()),
                lexical.keySet(),
                settings.preferredLabelShare());
    Set<String> textTerms = new HashSet<>();
    if (settings.coverageWeight() > 0) {
      for (Token t : tokens) {
        textTerms.add(t.term());
      }
    }
    List<ScoreFusion.Scored> scored =
        fusion.fuse(lexical, cosine, textTerms, denseSearch != null, settings);

    int n = Math.min(options.topK(), scored.size());
    List<CompetencyMatch> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ScoreFusion.Scored s = scored.get(i);
      IndexedConcept c = index.concept(s.doc());
      MatchExplainer.Explanation ex =
          options.explain()
              ? explainer.explain(c, tokens, clean)
              : new MatchExplainer.Explanation(c.preferredLabel(), List.of());
      out.add(
          new CompetencyMatch(
              i + 1,
              c.uri(),
              c.preferredLabel(),
              c.type(),
              c.skillType(),
              s.score(),
              s.lexical(),
              s.cosine(),
              settings.band(s.score()),
              ex.text(),
              ex.terms()));
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    if (owns) {
      index.close();
      if (dense != null) {
        dense.close();
      }
    }
  }
}
