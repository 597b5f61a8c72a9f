/**
 * The {@code align} command and job: submission → ESCO-aligned outcomes (logic in {@code
 * org.microcert.taxonomy.align}), and the {@code bench align} throughput benchmark.
 */
package org.microcert.jobs.align;
