/**
 * Relevance of a submission's aligned competencies to labour-market demand, and its gaps.
 *
 * <p>Entry point: {@link org.microcert.pipelines.relevance.RelevanceScoringPipeline#run} with a
 * {@link org.microcert.pipelines.relevance.RelevanceRequest} (warehouse, submission id, region,
 * period, {@link org.microcert.pipelines.relevance.RelevanceConfig} read by {@link
 * org.microcert.pipelines.relevance.RelevanceConfigReader} from {@code conf/relevance.yaml}). It
 * reads {@code alignments/<id>/alignments.jsonl}, {@code demand/skills}, {@code demand/essential}
 * (optional) and the ESCO tables under {@code taxonomy/esco/<version>/<lang>/}, and writes {@code
 * relevance/<id>/} as Parquet tables plus one {@code relevance.json}.
 *
 * <p>The scoring is column expressions only ({@link
 * org.microcert.pipelines.relevance.RelevanceTransforms}); the formula is in {@code
 * docs/relevance.md}. Missing data throws {@link
 * org.microcert.pipelines.relevance.RelevanceDataException} (exit code 3 in the CLI).
 */
package org.microcert.pipelines.relevance;
