/**
 * The competency index: {@link org.microcert.taxonomy.index.CompetencyIndexWriter} writes one
 * Lucene document per ESCO skill and occupation (fields in {@link
 * org.microcert.taxonomy.index.CompetencyFields}); {@link
 * org.microcert.taxonomy.index.CompetencyIndex} opens it. The dense side ({@link
 * org.microcert.taxonomy.index.DenseIndex}, MiniLM label embeddings in an HNSW index) lives next to
 * it in {@code ../dense/} and is built on first use.
 */
package org.microcert.taxonomy.index;
