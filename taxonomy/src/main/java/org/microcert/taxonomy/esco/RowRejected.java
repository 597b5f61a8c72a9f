package org.microcert.taxonomy.esco;

/** Thrown by a row handler to send the current row to the rejects; carries no stack trace. */
final class RowRejected extends Exception {

  private static final long serialVersionUID = 1L;

  private final String column;

  RowRejected(String column, String reason) {
    super(reason, null, false, false);
    this.column = column;
  }

  String column() {
    return column;
  }
}
