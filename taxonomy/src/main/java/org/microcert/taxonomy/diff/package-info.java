/**
 * Differences between two ESCO releases.
 *
 * <p>Entry point: {@link
 * org.microcert.taxonomy.diff.TaxonomyDiff#compare(org.microcert.taxonomy.Taxonomy,
 * org.microcert.taxonomy.Taxonomy)} returns a {@link org.microcert.taxonomy.diff.DiffResult}: one
 * {@link org.microcert.taxonomy.diff.ConceptChange} per skill, occupation, skill group or ISCO
 * group that was added, removed or changed, with {@link org.microcert.taxonomy.diff.FieldChange
 * field changes} (labels, alt labels, skill type, reuse level, description, broader concepts,
 * essential and optional skills), sorted by concept type then URI, plus counts per type and change.
 *
 * <p>Skill groups are matched by code when their URI changed (v1.1.0 to v1.1.1).
 */
package org.microcert.taxonomy.diff;
