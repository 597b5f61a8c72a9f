package org.microcert.pipelines.postings;

import java.util.Map;

/**
 * One input record, mapped to posting fields but not yet validated or cleaned.
 *
 * @param file input file
 * @param line line where the record starts (1-based)
 * @param fields posting field → value (absent or empty when the input has none)
 */
public record RawPosting(String file, long line, Map<String, String> fields) {

  /** The value of a posting field, or "" when absent. */
  public String get(String field) {
    String v = fields.get(field);
    return v == null ? "" : v;
  }
}
