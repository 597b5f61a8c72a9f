/**
 * Aligning a submission's learning outcomes with ESCO skills: {@link
 * org.microcert.taxonomy.align.SubmissionReader} (CSV / JSON template), {@link
 * org.microcert.taxonomy.align.SubmissionValidator} (every row accepted or rejected with a reason),
 * {@link org.microcert.taxonomy.align.KsaClass}, {@link
 * org.microcert.taxonomy.align.AlignmentWriter} (JSONL, CSV, rejects; deterministic) and the entry
 * point {@link org.microcert.taxonomy.align.AlignmentRun#run}.
 */
package org.microcert.taxonomy.align;
