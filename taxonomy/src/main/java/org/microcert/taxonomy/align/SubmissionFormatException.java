package org.microcert.taxonomy.align;

import org.microcert.taxonomy.InputRejectedException;

/**
 * The submission as a whole cannot be read (unreadable file, not CSV/JSON, missing required
 * column). The CLI maps it to exit code 3.
 */
public final class SubmissionFormatException extends InputRejectedException {
  private static final long serialVersionUID = 1L;

  public SubmissionFormatException(String message) {
    super(message);
  }

  public SubmissionFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
