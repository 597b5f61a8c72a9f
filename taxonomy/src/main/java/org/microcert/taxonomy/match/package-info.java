/**
 * Text → ranked ESCO skills or occupations: {@link org.microcert.taxonomy.match.CompetencyMatcher}
 * (lexical BM25 + label coverage, fused with MiniLM cosine; deterministic, thread-safe, explained
 * matches). Queries are built from analysed tokens, never parsed from user text.
 */
package org.microcert.taxonomy.match;
