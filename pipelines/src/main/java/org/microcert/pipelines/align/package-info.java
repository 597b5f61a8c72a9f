/**
 * Alignment of a submission's outcomes as a Spark stage ({@link
 * org.microcert.pipelines.align.SparkAligner}): one competency matcher per executor JVM ({@link
 * org.microcert.pipelines.align.ExecutorMatchers}), the same alignments as the in-process run.
 */
package org.microcert.pipelines.align;
