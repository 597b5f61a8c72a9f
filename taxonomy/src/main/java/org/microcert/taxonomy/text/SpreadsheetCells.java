package org.microcert.taxonomy.text;

/**
 * Neutralises text cells that a spreadsheet would read as a formula (CSV injection): a cell
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading
 * apostrophe. Numbers written by the report itself are not text and are left alone.
 */
public final class SpreadsheetCells {

  private SpreadsheetCells() {}

  /** The cell to write for {@code value}: numbers and booleans as they are, text neutralised. */
  public static Object cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value;
    }
    return neutralise(value.toString());
  }

  /** {@code text} with a leading apostrophe if it starts with a formula trigger. */
  public static String neutralise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
        ? "'" + text
        : text;
  }
}
