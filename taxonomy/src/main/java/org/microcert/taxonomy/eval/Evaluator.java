package org.microcert.taxonomy.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.microcert.taxonomy.analysis.CompetencyAnalyzer;
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

  private Evaluator() {}

  /** Evaluates {@code ranker} on {@code items} with {@code threads} threads (order-independent). */
  public static EvalReport evaluate(Ranker ranker, List<GoldItem> items, int threads) {
    List<List<String>> rankings = rankAll(ranker, items, threads);
    EvalReport.Accumulator acc = new EvalReport.Accumulator();
    for (int i = 0; i < items.size(); i++) {
      acc.add(rankings.get(i), items.get(i).gold());
    }
    return acc.report();
  }

  /** Rankings for each item, in item order. */
  public static List<List<String>> rankAll(Ranker ranker, List<GoldItem> items, int threads) {
    return ParallelMap.map(items, threads, it -> ranker.rank(it.text()), "evaluate");
  }

  /** The matcher as a ranker: all concepts of {@code target}, {@link #DEPTH} deep, no explanations. */
  public static Ranker matcher(CompetencyMatcher matcher, Target target) {
    return matcher(matcher, target, DEPTH);
  }

  /** The matcher as a ranker, {@code depth} deep, no explanations. */
  public static Ranker matcher(CompetencyMatcher matcher, Target target, int depth) {
    MatchOptions opts = new MatchOptions(target, depth, depth, false);
    return text -> matcher.match(text, opts).stream().map(CompetencyMatch::uri).toList();
  }

  /**
   * The plain baseline: BM25 (k1 1.2, b 0.75) over preferred labels only, same analysis chain,
   * ties by URI.
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
      java.util.Set<String> seen = new java.util.HashSet<>();
      try (var ts = analyzer.tokenStream(CompetencyFields.PREFERRED, text == null ? "" : text)) {
        var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken() && seen.size() < 256) {
          if (seen.add(term.toString())) {
            should.add(
                new TermQuery(new Term(CompetencyFields.PREFERRED, term.toString())),
                BooleanClause.Occur.SHOULD);
          }
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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
