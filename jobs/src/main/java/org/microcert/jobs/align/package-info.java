/**
 * The {@code align} command and job: submission → ESCO-aligned outcomes (logic in {@code
 * org.microcert.taxonomy.align}); {@link org.microcert.jobs.align.MatcherResolver} opens the
 * matcher of an imported release for {@code align}, {@code eval} and {@code bench align}.
 */
package org.microcert.jobs.align;
