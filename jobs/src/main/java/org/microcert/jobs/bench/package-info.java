/**
 * {@code microcert bench}: the benchmarks, in one place. Each prints its figures and, last, one
 * JSON line on standard output; none writes to the warehouse. {@link
 * org.microcert.jobs.bench.BenchCommand} lists them.
 */
package org.microcert.jobs.bench;
