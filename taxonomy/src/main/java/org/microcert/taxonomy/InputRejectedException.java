package org.microcert.taxonomy;

/**
 * Input data (a file, a folder, a configuration) that cannot be used at all: the command stops with
 * exit code 3 and this message, which names the file and, where known, the line and field.
 *
 * <p>Row-level problems do not throw this: those rows go to a rejects file and the work goes on.
 */
public class InputRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputRejectedException(String message) {
    super(message);
  }

  public InputRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
