package org.microcert.pipelines.postings;

import java.io.Serializable;

/**
 * A rejected input record: where it is and why.
 *
 * @param file input file
 * @param line line where the record starts (1-based; 0 for the whole file)
 * @param field field or column at fault, or "" for the whole record
 * @param reason what is wrong
 */
public record Reject(String file, long line, String field, String reason) implements Serializable {}
