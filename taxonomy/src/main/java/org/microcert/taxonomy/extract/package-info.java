/**
 * Fast skill-mention extraction from posting text.
 *
 * <h2>How it works</h2>
 *
 * <p>{@link org.microcert.taxonomy.extract.SkillExtractor} analyses every ESCO preferred and
 * alternative label with the shared {@link org.microcert.taxonomy.analysis.CompetencyAnalyzer},
 * maps each analysed token to an integer id, and stores the label token sequences in a token-level
 * trie (one open-addressing hash table keyed by {@code (node, token)}). Extraction runs the same
 * analyzer once over the text, looks each token up in the vocabulary, and walks the trie from every
 * token: the longest label wins and matches never overlap.
 *
 * <p>Quality rules: labels never span a line break; single-token labels in the {@link
 * org.microcert.taxonomy.extract.GenericLabels} stop-list are skipped; short upper-case labels
 * (acronyms such as {@code IT}, {@code SAS}) match only upper-case text. The postings pipeline's
 * extractor ({@link org.microcert.taxonomy.extract.LabelFilter#PRIMARY}) reports a match only
 * through a skill's primary label (preferred, or preferred without its bracketed qualifier) whose
 * words the text writes up to an inflection.
 *
 * <p>{@link org.microcert.taxonomy.extract.PostingSections} splits a cleaned posting into named
 * sections; each mention carries the section it was found in.
 *
 * <p>Build once per JVM (about a second for the ~99,000 ESCO labels) and share: an extractor is
 * immutable and thread-safe.
 */
package org.microcert.taxonomy.extract;
