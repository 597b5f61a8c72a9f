package org.microcert.taxonomy.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.microcert.taxonomy.analysis.TextAnalysis.Token;
import org.microcert.taxonomy.index.CompetencyFields;
import org.microcert.taxonomy.index.CompetencyIndex;

/**
 * The lexical side: a text's analysed tokens → a {@link BooleanQuery} built term by term (never
 * parsed from user text) → BM25 scores of the best concepts of one type. Each distinct term is a
 * {@link TermQuery} on preferred, alternative and hidden labels, description and broader-concept
 * labels with the settings' boosts; each adjacent pair is a {@link PhraseQuery} on preferred and
 * alternative labels. Thread-safe.
 */
final class LexicalSearch {

  /** At most this many distinct terms, and this many distinct pairs, per query. */
  private static final int MAX_QUERY_TERMS = 256;

  static {
    IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 8192));
  }

  private final CompetencyIndex index;

  LexicalSearch(CompetencyIndex index) {
    this.index = index;
  }

  /**
   * The BM25 score of each of the best {@code depth} concepts of {@code type}, by doc id, best
   * first; empty when the text has no terms.
   */
  Map<Integer, Float> scores(List<Token> tokens, String type, int depth, MatcherSettings settings) {
    Set<String> terms = new LinkedHashSet<>();
    for (Token t : tokens) {
      if (terms.size() >= MAX_QUERY_TERMS) {
        break;
      }
      terms.add(t.term());
    }
    if (terms.isEmpty()) {
      return Map.of();
    }
    Query q =
        new BooleanQuery.Builder()
            .add(should(terms, tokens, settings), BooleanClause.Occur.MUST)
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

  private static Query should(Set<String> terms, List<Token> tokens, MatcherSettings settings) {
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
        Token a = tokens.get(i - 1);
        Token b = tokens.get(i);
        if (b.position() - a.position() == 1 && pairs.add(a.term() + ' ' + b.term())) {
          for (String f : List.of(CompetencyFields.PREFERRED, CompetencyFields.ALT)) {
            should.add(
                new BoostQuery(new PhraseQuery(f, a.term(), b.term()), settings.phraseBoost()),
                BooleanClause.Occur.SHOULD);
          }
        }
      }
    }
    return should.build();
  }

  private static void add(BooleanQuery.Builder b, String field, String term, float boost) {
    if (boost <= 0) {
      return;
    }
    Query q = new TermQuery(new Term(field, term));
    b.add(boost == 1f ? q : new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
  }
}
