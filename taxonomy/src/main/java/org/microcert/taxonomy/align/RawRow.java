package org.microcert.taxonomy.align;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One input record before validation.
 *
 * @param line 1-based line where the record starts in the input file
 * @param values field values by column name (absent columns are missing from the map)
 * @param problem a structural problem found while reading (e.g. wrong field count), or null
 */
public record RawRow(int line, Map<String, String> values, String problem) {

  public RawRow {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The value of a column, or "" when absent. */
  public String get(String column) {
    String v = values.get(column);
    return v == null ? "" : v;
  }
}
