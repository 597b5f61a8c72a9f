package org.microcert.taxonomy.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.analysis.CompetencyAnalyzer;
import org.microcert.taxonomy.analysis.TextAnalysis;
import org.microcert.taxonomy.model.Occupation;

/**
 * Codes titles by analysed-token overlap with every occupation's preferred and alternative labels:
 * IDF-weighted cosine between the title's distinct tokens and each label's, best label wins (ties:
 * preferred label, then URI). Bracketed notes ("(m/f/d)") and level words are noise the IDF weights
 * keep small. Scores under {@link #MIN_SCORE} give no code. Immutable and thread-safe.
 */
public final class TokenOverlapTitleCoder implements TitleCoder {

  /** Lowest score that still codes a title. */
  public static final double MIN_SCORE = 0.5;

  private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*\\]");

  private final Analyzer analyzer = new CompetencyAnalyzer();
  private final List<Label> labels = new ArrayList<>();
  private final Map<String, List<Integer>> postings = new HashMap<>();
  private final Map<String, Double> idf = new HashMap<>();
  private final double unknownIdf;

  private record Label(
      String uri,
      String isco,
      String text,
      boolean preferred,
      Map<String, Double> weights,
      double norm) {}

  /** A coder over every occupation of the taxonomy. */
  public static TokenOverlapTitleCoder fromTaxonomy(Taxonomy taxonomy) {
    return new TokenOverlapTitleCoder(taxonomy.occupations());
  }

  /** A coder over these occupations. */
  public TokenOverlapTitleCoder(List<Occupation> occupations) {
    List<Object[]> raw = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (Occupation o : occupations) {
      List<String> texts = new ArrayList<>();
      texts.add(o.preferredLabel());
      texts.addAll(o.altLabels());
      for (int i = 0; i < texts.size(); i++) {
        List<String> tokens =
            new ArrayList<>(new LinkedHashSet<>(TextAnalysis.terms(analyzer, texts.get(i))));
        if (tokens.isEmpty()) {
          continue;
        }
        tokens.forEach(t -> df.merge(t, 1, Integer::sum));
        raw.add(new Object[] {o, texts.get(i), i == 0, tokens});
      }
    }
    int n = Math.max(1, raw.size());
    df.forEach((t, d) -> idf.put(t, Math.log(1.0 + n / (double) d)));
    unknownIdf = Math.log(1.0 + n);
    for (Object[] r : raw) {
      Occupation o = (Occupation) r[0];
      @SuppressWarnings("unchecked")
      List<String> tokens = (List<String>) r[3];
      Map<String, Double> w = new LinkedHashMap<>();
      double norm = 0;
      for (String t : tokens) {
        double x = idf.get(t);
        w.put(t, x);
        norm += x * x;
      }
      int id = labels.size();
      labels.add(
          new Label(o.uri(), o.iscoGroup(), (String) r[1], (Boolean) r[2], w, Math.sqrt(norm)));
      for (String t : tokens) {
        postings.computeIfAbsent(t, k -> new ArrayList<>()).add(id);
      }
    }
  }

  @Override
  public Optional<TitleCode> code(String title) {
    if (title == null || title.isBlank()) {
      return Optional.empty();
    }
    List<String> tokens =
        new ArrayList<>(
            new LinkedHashSet<>(
                TextAnalysis.terms(analyzer, BRACKETS.matcher(title).replaceAll(" "))));
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    double titleNorm = 0;
    Map<Integer, Double> dot = new HashMap<>();
    for (String t : tokens) {
      double x = idf.getOrDefault(t, unknownIdf);
      titleNorm += x * x;
      for (int id : postings.getOrDefault(t, List.of())) {
        dot.merge(id, x * x, Double::sum);
      }
    }
    titleNorm = Math.sqrt(titleNorm);
    Label best = null;
    double bestScore = 0;
    for (Map.Entry<Integer, Double> e : dot.entrySet()) {
      Label l = labels.get(e.getKey());
      double s = e.getValue() / (titleNorm * l.norm());
      if (best == null
          || s > bestScore + 1e-12
          || (Math.abs(s - bestScore) <= 1e-12 && better(l, best))) {
        best = l;
        bestScore = s;
      }
    }
    if (best == null || bestScore < MIN_SCORE) {
      return Optional.empty();
    }
    return Optional.of(
        new TitleCode(best.uri(), best.isco(), best.text(), Math.min(1.0, bestScore)));
  }

  private static boolean better(Label a, Label b) {
    if (a.preferred() != b.preferred()) {
      return a.preferred();
    }
    return a.uri().compareTo(b.uri()) < 0;
  }
}
