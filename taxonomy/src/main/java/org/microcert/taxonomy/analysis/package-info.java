/**
 * The one analysis chain ({@link org.microcert.taxonomy.analysis.CompetencyAnalyzer}) used by the
 * competency index, the matcher and the postings extractor, so that a label and a text that say the
 * same thing produce the same terms.
 */
package org.microcert.taxonomy.analysis;
