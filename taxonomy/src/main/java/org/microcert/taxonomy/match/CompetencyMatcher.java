package org.microcert.taxonomy.match;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.microcert.taxonomy.analysis.CompetencyAnalyzer;
import org.microcert.taxonomy.index.CompetencyFields;
import org.microcert.taxonomy.index.CompetencyIndex;
import org.microcert.taxonomy.index.DenseIndex;
import org.microcert.taxonomy.index.IndexedConcept;
import org.microcert.taxonomy.index.QueryVectors;

/**
 * Ranks ESCO skills or occupations for a free text.
 *
 * <p>Lexical side: the text is analysed with {@link CompetencyAnalyzer} and turned into a {@link
 * BooleanQuery} of {@link TermQuery} (each term over preferred, alternative and hidden labels,
 * description and broader-concept labels, with per-field boosts) and {@link PhraseQuery} (adjacent
 * pairs in labels). User text is never parsed as query syntax. Dense side (optional): the cosine of
 * the text's MiniLM embedding to the concept's embedded labels (HNSW candidates plus exact
 * re-scoring of lexical candidates). Fused score = w × lexical / best lexical + (1 − w) × cosine.
 * Ties are broken by URI, so results are deterministic.
 *
 * <p>Thread-safe: share one instance across threads.
 */
public final class CompetencyMatcher implements Closeable {

  private static final int MAX_QUERY_TERMS = 256;

  static {
    IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 8192));
  }

  private final CompetencyIndex index;
  private final DenseIndex dense;
  private final MatcherSettings settings;
  private final MatcherSettings occupationSettings;
  private final Analyzer analyzer = new CompetencyAnalyzer();
  private final boolean owns;
  private volatile LabelTerms labelTerms;
  private final java.util.concurrent.ConcurrentHashMap<String, Double> idfCache =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.ConcurrentHashMap<Integer, String[]> descriptionTerms =
      new java.util.concurrent.ConcurrentHashMap<>();

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
      CompetencyIndex index, DenseIndex dense, MatcherSettings skills, MatcherSettings occupations) {
    this(index, dense, skills, occupations, false);
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
  }

  /**
   * Opens the index in {@code indexDir} and, if {@code withDense}, the dense index next to it
   * ({@link DenseIndex#defaultDir}), building that one first if it is missing or stale.
   */
  public static CompetencyMatcher open(Path indexDir, boolean withDense) {
    return open(indexDir, withDense, message -> {});
  }

  /** As {@link #open(Path, boolean)}, reporting a dense index build's progress to {@code progress}. */
  public static CompetencyMatcher open(
      Path indexDir, boolean withDense, java.util.function.Consumer<String> progress) {
    CompetencyIndex idx = CompetencyIndex.open(indexDir);
    DenseIndex d =
        withDense ? DenseIndex.openOrBuild(idx, DenseIndex.defaultDir(indexDir), progress) : null;
    return new CompetencyMatcher(
        idx, d, MatcherSettings.defaults(Target.SKILLS), MatcherSettings.defaults(Target.OCCUPATIONS), true);
  }

  /** The same indexes with other settings for both targets (does not own them). */
  public CompetencyMatcher withSettings(MatcherSettings s) {
    return new CompetencyMatcher(index, dense, s, s, false);
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
    String clean = TextTerms.clean(text == null ? "" : text);
    if (clean.isEmpty()) {
      return List.of();
    }
    List<TextTerms.Token> tokens = TextTerms.analyse(analyzer, CompetencyFields.PREFERRED, clean);
    String type = options.target().conceptType();
    MatcherSettings settings = settings(options.target());

    Map<Integer, Float> lexical = lexical(tokens, type, options.depth(), settings);
    float maxLex = 0f;
    for (float v : lexical.values()) {
      maxLex = Math.max(maxLex, v);
    }

    Map<Integer, Float> cosine = new HashMap<>();
    float[] qv = null;
    if (dense != null) {
      qv = vectors.vector(clean);
      for (DenseIndex.Neighbour n :
          dense.nearest(qv, type, Math.max(settings.denseCandidates(), options.topK()))) {
        IndexedConcept c = index.concept(n.uri());
        if (c != null) {
          cosine.merge(c.doc(), n.similarity(), Math::max);
        }
      }
      for (Integer doc : lexical.keySet()) {
        if (!cosine.containsKey(doc)) {
          cosine.put(doc, dense.similarity(qv, index.concept(doc).uri()));
        }
      }
    }

    Set<Integer> candidates = new HashSet<>(lexical.keySet());
    candidates.addAll(cosine.keySet());
    double cw = settings.coverageWeight();
    Set<String> textTerms = new HashSet<>();
    if (cw > 0) {
      for (TextTerms.Token t : tokens) {
        textTerms.add(t.term());
      }
    }
    double w = dense == null ? 1.0 : settings.lexicalWeight();
    float minCos = Float.MAX_VALUE;
    float maxCos = -Float.MAX_VALUE;
    for (int doc : candidates) {
      float c = cosine.getOrDefault(doc, 0f);
      minCos = Math.min(minCos, c);
      maxCos = Math.max(maxCos, c);
    }
    boolean norm = settings.normaliseDense() && maxCos > minCos;
    List<Scored> scored = new ArrayList<>(candidates.size());
    for (int doc : candidates) {
      double lex = maxLex > 0 ? lexical.getOrDefault(doc, 0f) / maxLex : 0.0;
      if (cw > 0) {
        lex = (1 - cw) * lex + cw * coverage(doc, textTerms);
      }
      double cos = cosine.getOrDefault(doc, 0f);
      double d = norm ? (cos - minCos) / (maxCos - minCos) : Math.max(0.0, cos);
      double fused = w * lex + (1 - w) * d;
      scored.add(new Scored(doc, index.concept(doc).uri(), fused, lex, cos));
    }
    scored.sort(
        Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::uri));

    int n = Math.min(options.topK(), scored.size());
    List<CompetencyMatch> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Scored s = scored.get(i);
      IndexedConcept c = index.concept(s.doc());
      Explanation ex =
          options.explain() ? explain(c, tokens, clean) : new Explanation(c.preferredLabel(), List.of());
      out.add(
          new CompetencyMatch(
              i + 1, c.uri(), c.preferredLabel(), c.type(), c.skillType(), s.score(), s.lexical(),
              s.cosine(), settings.band(s.score()), ex.text(), ex.terms()));
    }
    return out;
  }

  private record Scored(int doc, String uri, double score, double lexical, double cosine) {}

  private Map<Integer, Float> lexical(
      List<TextTerms.Token> tokens, String type, int depth, MatcherSettings settings) {
    Set<String> terms = new LinkedHashSet<>();
    for (TextTerms.Token t : tokens) {
      if (terms.size() >= MAX_QUERY_TERMS) {
        break;
      }
      terms.add(t.term());
    }
    if (terms.isEmpty()) {
      return Map.of();
    }
    BooleanQuery.Builder should = new BooleanQuery.Builder();
    for (String t : terms) {
      add(should, CompetencyFields.PREFERRED, t, settings.preferredBoost());
      add(should, CompetencyFields.ALT, t, settings.altBoost());
      add(should, CompetencyFields.HIDDEN, t, settings.hiddenBoost());
      add(should, CompetencyFields.DESCRIPTION, t, settings.descriptionBoost());
      add(should, CompetencyFields.BROADER_LABEL, t, settings.broaderBoost());
    }
    if (settings.phraseBoost() > 0) {
      Set<String> pairs = new HashSet<>();
      for (int i = 1; i < tokens.size() && pairs.size() < MAX_QUERY_TERMS; i++) {
        TextTerms.Token a = tokens.get(i - 1);
        TextTerms.Token b = tokens.get(i);
        if (b.position() - a.position() == 1 && pairs.add(a.term() + ' ' + b.term())) {
          for (String f : List.of(CompetencyFields.PREFERRED, CompetencyFields.ALT)) {
            should.add(
                new BoostQuery(new PhraseQuery(f, a.term(), b.term()), settings.phraseBoost()),
                BooleanClause.Occur.SHOULD);
          }
        }
      }
    }
    Query q =
        new BooleanQuery.Builder()
            .add(should.build(), BooleanClause.Occur.MUST)
            .add(new TermQuery(new Term(CompetencyFields.TYPE, type)), BooleanClause.Occur.FILTER)
            .build();
    try {
      TopDocs top = index.searcher().search(q, depth);
      Map<Integer, Float> out = new LinkedHashMap<>();
      for (ScoreDoc sd : top.scoreDocs) {
        out.put(sd.doc, sd.score);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot search competency index: " + e.getMessage(), e);
    }
  }

  /** Best IDF-weighted share of a label's terms found among the text's terms, over all labels. */
  private double coverage(int doc, Set<String> textTerms) {
    LabelTerms lt = labelTerms();
    String[][] labels = lt.terms()[doc];
    double[][] idfs = lt.idf()[doc];
    double best = 0;
    for (int l = 0; l < labels.length; l++) {
      String[] label = labels[l];
      double[] idf = idfs[l];
      double total = 0;
      double shared = 0;
      for (int i = 0; i < label.length; i++) {
        total += idf[i];
        if (textTerms.contains(label[i])) {
          shared += idf[i];
        }
      }
      if (total > 0) {
        best = Math.max(best, shared / total);
      }
    }
    return best;
  }

  /**
   * Analysed distinct terms of every label of every concept, by doc id, and each term's idf (the
   * coverage score's weights, looked up once here rather than per candidate).
   */
  private record LabelTerms(String[][][] terms, double[][][] idf) {}

  /** The {@link LabelTerms} (built once, lazily). */
  private LabelTerms labelTerms() {
    LabelTerms lt = labelTerms;
    if (lt == null) {
      synchronized (this) {
        lt = labelTerms;
        if (lt == null) {
          int n = index.concepts().size();
          String[][][] terms = new String[n][][];
          double[][][] idf = new double[n][][];
          for (IndexedConcept c : index.concepts()) {
            List<String> labels = c.allLabels();
            String[][] per = new String[labels.size()][];
            double[][] perIdf = new double[labels.size()][];
            for (int i = 0; i < labels.size(); i++) {
              per[i] = distinctTerms(labels.get(i));
              perIdf[i] = new double[per[i].length];
              for (int j = 0; j < per[i].length; j++) {
                perIdf[i][j] = idf(per[i][j]);
              }
            }
            terms[c.doc()] = per;
            idf[c.doc()] = perIdf;
          }
          lt = new LabelTerms(terms, idf);
          labelTerms = lt;
        }
      }
    }
    return lt;
  }

  /** Analysed distinct terms of a concept's description (computed once per concept). */
  private String[] descriptionTerms(IndexedConcept c) {
    return descriptionTerms.computeIfAbsent(c.doc(), d -> distinctTerms(c.description()));
  }

  private String[] distinctTerms(String text) {
    return TextTerms.analyse(analyzer, CompetencyFields.PREFERRED, text).stream()
        .map(TextTerms.Token::term)
        .distinct()
        .toArray(String[]::new);
  }

  private static void add(BooleanQuery.Builder b, String field, String term, float boost) {
    if (boost <= 0) {
      return;
    }
    Query q = new TermQuery(new Term(field, term));
    b.add(boost == 1f ? q : new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
  }

  /** Matched text and the words of the text that it shares. */
  record Explanation(String text, List<String> terms) {}

  /**
   * Picks the label (else the description) that covers the largest IDF-weighted share of its own
   * terms with terms of the text; reports the text's words that it shares.
   */
  Explanation explain(IndexedConcept c, List<TextTerms.Token> tokens, String text) {
    Map<String, List<TextTerms.Token>> byTerm = new HashMap<>();
    for (TextTerms.Token t : tokens) {
      byTerm.computeIfAbsent(t.term(), k -> new ArrayList<>()).add(t);
    }
    String bestText = null;
    Set<String> bestShared = Set.of();
    double bestScore = 0;
    List<String> labels = c.allLabels();
    String[][] terms = labelTerms().terms()[c.doc()];
    int options = labels.size() + (c.description().isBlank() ? 0 : 1);
    for (int i = 0; i < options; i++) {
      boolean isDescription = i == labels.size();
      String label = isDescription ? c.description() : labels.get(i);
      String[] labelTerms = isDescription ? descriptionTerms(c) : terms[i];
      double total = 0;
      double shared = 0;
      Set<String> sharedTerms = new LinkedHashSet<>();
      for (String t : labelTerms) {
        double idf = idf(t);
        total += idf;
        if (byTerm.containsKey(t)) {
          shared += idf;
          sharedTerms.add(t);
        }
      }
      if (total == 0 || sharedTerms.isEmpty()) {
        continue;
      }
      // Share of the label covered, with a small bonus for more shared weight; the description
      // must cover clearly more to win over a label.
      double score = (shared / total) * (isDescription ? 0.5 : 1.0) + 0.01 * shared;
      if (score > bestScore) {
        bestScore = score;
        bestText = label;
        bestShared = sharedTerms;
      }
    }
    if (bestText == null) {
      return new Explanation(c.preferredLabel(), List.of());
    }
    List<TextTerms.Token> hits = new ArrayList<>();
    for (String t : bestShared) {
      hits.addAll(byTerm.get(t));
    }
    hits.sort(Comparator.comparingInt(TextTerms.Token::start));
    Set<String> words = new LinkedHashSet<>();
    for (TextTerms.Token h : hits) {
      words.add(text.substring(h.start(), h.end()));
    }
    return new Explanation(bestText, List.copyOf(words));
  }

  private double idf(String term) {
    Double cached = idfCache.get(term);
    if (cached != null) {
      return cached;
    }
    double v = computeIdf(term);
    idfCache.put(term, v);
    return v;
  }

  private double computeIdf(String term) {
    try {
      int df = 0;
      for (String f : List.of(CompetencyFields.PREFERRED, CompetencyFields.ALT)) {
        df = Math.max(df, index.reader().docFreq(new Term(f, term)));
      }
      int n = index.reader().maxDoc();
      return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read term statistics: " + e.getMessage(), e);
    }
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
