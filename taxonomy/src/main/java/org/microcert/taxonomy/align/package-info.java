/**
 * Aligning a submission's learning outcomes with ESCO skills: {@link SubmissionReader} (CSV / JSON
 * template), {@link SubmissionValidator} (every row accepted or rejected with a reason), {@link
 * KsaClass}, {@link AlignmentWriter} (JSONL, CSV, rejects; deterministic) and the entry point
 * {@link AlignmentRun#run}.
 */
package org.microcert.taxonomy.align;
