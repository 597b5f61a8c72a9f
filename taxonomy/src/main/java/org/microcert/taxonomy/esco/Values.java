package org.microcert.taxonomy.esco;

import java.util.ArrayList;
import java.util.List;

/** Splitting of ESCO's multi-valued cells and checks of single values. */
final class Values {

  private Values() {}

  /**
   * Values one per line inside one cell (altLabels, hiddenLabels, inScheme, hasTopConcept). Each
   * line is trimmed, a trailing comma ({@code ",\n"} separators) is dropped, empty lines are
   * skipped.
   */
  static List<String> lines(String cell) {
    if (cell.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = cell.length();
    while (start <= n) {
      int end = cell.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      String v = cell.substring(start, end).strip();
      if (v.endsWith(",")) {
        v = v.substring(0, v.length() - 1).strip();
      }
      if (!v.isEmpty()) {
        out.add(v);
      }
      start = end + 1;
    }
    return out;
  }

  /** Values separated by {@code " | "} (the collection files' altLabels). */
  static List<String> pipes(String cell) {
    List<String> out = new ArrayList<>();
    for (String v : cell.split(" \\| ", -1)) {
      String s = v.strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /** Whether the value looks like an absolute http(s) URI without whitespace. */
  static boolean isHttpUri(String v) {
    int start;
    if (v.startsWith("http://")) {
      start = 7;
    } else if (v.startsWith("https://")) {
      start = 8;
    } else {
      return false;
    }
    if (v.length() == start) {
      return false;
    }
    for (int i = start; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  /** The URI in a required URI column, or a rejection naming the column. */
  static String uri(String value, String column) throws RowRejected {
    if (value.isBlank()) {
      throw new RowRejected(column, "missing " + column);
    }
    if (!isHttpUri(value)) {
      throw new RowRejected(column, "not an http(s) URI: '" + abbreviate(value) + "'");
    }
    return value;
  }

  /** A required non-blank text value. */
  static String required(String value, String column) throws RowRejected {
    if (value.isBlank()) {
      throw new RowRejected(column, "missing " + column);
    }
    return value;
  }

  static String abbreviate(String v) {
    String s = v.replace("\r", "\\r").replace("\n", "\\n");
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
