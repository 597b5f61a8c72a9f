package org.microcert.taxonomy.align;

/**
 * A rejected input row.
 *
 * @param file input file name
 * @param line 1-based line where the row starts
 * @param column the offending column, or empty for the whole row
 * @param reason why, shaped "Cannot ...: ..."
 * @param credentialCode the row's credential code, if any
 * @param outcomeId the row's outcome id, if any
 */
public record Reject(
    String file, int line, String column, String reason, String credentialCode, String outcomeId) {}
