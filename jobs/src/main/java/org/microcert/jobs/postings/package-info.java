/**
 * Postings commands and jobs: {@code postings ingest}, {@code postings extract} and {@code demand}.
 * Each runs one Spring Batch job whose tasklet calls the Spark pipeline's {@code run} in {@code
 * org.microcert.pipelines}. Their benchmarks are in {@code org.microcert.jobs.bench}.
 */
package org.microcert.jobs.postings;
