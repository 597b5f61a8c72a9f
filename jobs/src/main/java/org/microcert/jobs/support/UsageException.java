package org.microcert.jobs.support;

/**
 * A command-line option has a value the command cannot use; the CLI prints the message as one line
 * and exits with the usage code (2) before any job starts.
 */
public final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message, null, false, false);
  }
}
