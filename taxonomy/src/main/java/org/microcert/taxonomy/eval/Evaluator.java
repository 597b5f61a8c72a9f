package org.microcert.taxonomy.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.microcert.taxonomy.analysis.CompetencyAnalyzer;
import org.microcert.taxonomy.analysis.TextAnalysis;
import org.microcert.taxonomy.concurrent.ParallelMap;
import org.microcert.taxonomy.index.CompetencyFields;
import org.microcert.taxonomy.index.CompetencyIndex;
import org.microcert.taxonomy.match.CompetencyMatch;
import org.microcert.taxonomy.match.CompetencyMatcher;
import org.microcert.taxonomy.match.MatchOptions;
import org.microcert.taxonomy.match.Target;

/** Runs a {@link Ranker} over gold items and averages the metrics. */
public final class Evaluator {

  /** How deep every text is ranked (MRR counts a gold found anywhere in this depth). */
  public static final int DEPTH = 1000;

  /** The baseline's query takes at most this many distinct terms of a text. */
  private static final int MAX_QUERY_TERMS = 256;

  private Evaluator() {}

  /** Evaluates {@code ranker} on {@code items} with {@code threads} threads (order-independent). */
  public static EvalReport evaluate(Ranker ranker, List<GoldItem> items, int threads) {
    return report(rankAll(ranker, items, threads), items);
  }

  /** The metrics of {@code rankings}, one per item, in item order. */
  public static EvalReport report(List<List<String>> rankings, List<GoldItem> items) {
    EvalReport.Accumulator acc = new EvalReport.Accumulator();
    for (int i = 0; i < items.size(); i++) {
      acc.add(rankings.get(i), items.get(i).gold());
    }
    return acc.report();
  }

  /**
   * One JSON line for a text's ranking, for {@code bench paired}: {@code {"line", "first_gold_rank"
   * (0: none ranked), "metric" (RP@5 for skills, reciprocal rank for occupations), "counts":
   * [round(10⁶ × metric), 10⁶]}} (so the paired bootstrap's accuracy is the mean metric).
   */
  public static String detailLine(GoldItem item, List<String> ranking, Target target) {
    double rr = RankingMetrics.reciprocalRank(ranking, item.gold());
    double metric =
        target == Target.OCCUPATIONS ? rr : RankingMetrics.rPrecision(ranking, item.gold(), 5);
    return String.format(
        Locale.ROOT,
        "{\"line\":%d, \"first_gold_rank\":%d, \"metric\":%.6f, \"counts\":[%d, %d]}",
        item.line(),
        rr == 0 ? 0 : Math.round(1 / rr),
        metric,
        Math.round(metric * DETAIL_UNIT),
        DETAIL_UNIT);
  }

  private static final long DETAIL_UNIT = 1_000_000L;

  /** Rankings for each item, in item order. */
  public static List<List<String>> rankAll(Ranker ranker, List<GoldItem> items, int threads) {
    return ParallelMap.map(items, threads, it -> ranker.rank(it.text()), "evaluate");
  }

  /**
   * The matcher as a ranker: all concepts of {@code target}, {@link #DEPTH} deep, no explanations.
   */
  public static Ranker matcher(CompetencyMatcher matcher, Target target) {
    return matcher(matcher, target, DEPTH);
  }

  /** The matcher as a ranker, {@code depth} deep, no explanations. */
  public static Ranker matcher(CompetencyMatcher matcher, Target target, int depth) {
    MatchOptions opts = new MatchOptions(target, depth, depth, false);
    return text -> matcher.match(text, opts).stream().map(CompetencyMatch::uri).toList();
  }

  /**
   * The plain baseline: BM25 (k1 1.2, b 0.75) over preferred labels only, same analysis chain, ties
   * by URI.
   */
  public static Ranker bm25PreferredLabels(CompetencyIndex index, Target target) {
    return bm25PreferredLabels(index, target, DEPTH);
  }

  /** The baseline ranker, {@code depth} deep. */
  public static Ranker bm25PreferredLabels(CompetencyIndex index, Target target, int depth) {
    IndexSearcher s = new IndexSearcher(index.reader());
    s.setSimilarity(new BM25Similarity());
    CompetencyAnalyzer analyzer = new CompetencyAnalyzer();
    return text -> {
      BooleanQuery.Builder should = new BooleanQuery.Builder();
      Set<String> seen = new HashSet<>();
      TextAnalysis.forEach(
          analyzer,
          text == null ? "" : text,
          (term, length, position, start, end) -> {
            if (seen.size() >= MAX_QUERY_TERMS) {
              return false;
            }
            String t = new String(term, 0, length);
            if (seen.add(t)) {
              should.add(
                  new TermQuery(new Term(CompetencyFields.PREFERRED, t)),
                  BooleanClause.Occur.SHOULD);
            }
            return true;
          });
      if (seen.isEmpty()) {
        return List.of();
      }
      BooleanQuery q =
          new BooleanQuery.Builder()
              .add(should.build(), BooleanClause.Occur.MUST)
              .add(
                  new TermQuery(new Term(CompetencyFields.TYPE, target.conceptType())),
                  BooleanClause.Occur.FILTER)
              .build();
      try {
        ScoreDoc[] docs = s.search(q, depth).scoreDocs;
        List<ScoreDoc> sorted = new ArrayList<>(List.of(docs));
        sorted.sort(
            (a, b) ->
                a.score != b.score
                    ? Float.compare(b.score, a.score)
                    : index.concept(a.doc).uri().compareTo(index.concept(b.doc).uri()));
        return sorted.stream().map(d -> index.concept(d.doc).uri()).toList();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot search competency index: " + e.getMessage(), e);
      }
    };
  }
}
