package org.microcert.pipelines.postings;

import java.time.LocalDate;

/** A validated, cleaned posting with its fingerprints, before de-duplication. */
public record CleanPosting(
    String postingId,
    String source,
    String licence,
    String title,
    String company,
    String location,
    String region,
    String country,
    LocalDate datePosted,
    String period,
    String text,
    String language,
    String url,
    String contentHash,
    int[] minhash,
    String file,
    long line) {}
