package org.microcert.pipelines.relevance;

import java.nio.file.Path;

/**
 * What a relevance run wrote.
 *
 * @param outputDir {@code warehouse/relevance/<id>/}
 * @param region region scored
 * @param period period scored
 * @param totalPostings postings in that region and period
 * @param competencies aligned competency rows scored (including insufficient evidence)
 * @param insufficient of those, rows with too few postings to score
 * @param credentials credentials scored
 * @param regionGaps demanded competencies no outcome covers (rows written)
 * @param pathwaySuggestions pathway suggestion rows written
 */
public record RelevanceResult(
    Path outputDir,
    String region,
    String period,
    long totalPostings,
    long competencies,
    long insufficient,
    long credentials,
    long regionGaps,
    long pathwaySuggestions) {}
