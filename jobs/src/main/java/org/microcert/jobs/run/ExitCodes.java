package org.microcert.jobs.run;

import org.microcert.taxonomy.InputRejectedException;

/** The command's exit codes. */
public final class ExitCodes {

  /** The work completed (row-level rejects may have been written). */
  public static final int OK = 0;

  /** The work failed for a reason other than its input; running again may help. */
  public static final int FAILURE = 1;

  /** The command line was wrong. */
  public static final int USAGE = 2;

  /** The input as a whole was rejected (missing file or column, wrong encoding, ...). */
  public static final int DATA_REJECTED = 3;

  private ExitCodes() {}

  /** The {@link InputRejectedException} in {@code t}'s cause chain, or {@code null}. */
  public static InputRejectedException findRejection(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof InputRejectedException r) {
        return r;
      }
    }
    return null;
  }
}
