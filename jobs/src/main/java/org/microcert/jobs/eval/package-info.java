/**
 * The {@code eval} command: matcher quality on a gold set (logic in {@code
 * org.microcert.taxonomy.eval}).
 */
package org.microcert.jobs.eval;
