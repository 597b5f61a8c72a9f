/**
 * Matcher quality on gold sets: {@link org.microcert.taxonomy.eval.GoldSet} reads {@code
 * text<TAB>gold_uris} files, {@link org.microcert.taxonomy.eval.RankingMetrics} defines RP@K, MRR
 * and Recall@K as the literature does, {@link org.microcert.taxonomy.eval.Evaluator} runs a ranker
 * (the matcher, or the BM25 preferred-label baseline).
 */
package org.microcert.taxonomy.eval;
