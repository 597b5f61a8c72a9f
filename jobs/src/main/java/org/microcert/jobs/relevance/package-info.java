/**
 * {@code microcert relevance}: the {@code relevanceJob}, one step running {@link
 * org.microcert.pipelines.relevance.RelevanceScoringPipeline} for a submission, region and period.
 */
package org.microcert.jobs.relevance;
