/**
 * The canonical competency catalog: the {@link org.microcert.jobs.catalog.Catalog} model (approved
 * competencies with their alignments, relevance evidence, decisions and endorsements), its stable
 * identifiers ({@link org.microcert.jobs.catalog.StableIds}) and its canonical JSON ({@link
 * org.microcert.jobs.catalog.CatalogJson}, RFC 8785 via {@link org.microcert.jobs.catalog.Jcs}).
 * Depends on nothing else in microcert: every published format is generated from this model.
 */
package org.microcert.jobs.catalog;
