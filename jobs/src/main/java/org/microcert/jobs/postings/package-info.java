/**
 * Postings commands and jobs: {@code postings ingest}, {@code postings extract}, {@code demand},
 * {@code bench extract} and {@code bench pipeline}. Each data command runs one Spring Batch job
 * whose tasklet calls the Spark pipeline's {@code run} in {@code org.microcert.pipelines}.
 */
package org.microcert.jobs.postings;
